namespace IcpCompliance.Providers;

/// <summary>Why a provider's response could not be read: where in the JSON and what was wrong.</summary>
/// <param name="Path">The JSON path of the problem (<c>$.info.status</c>), or <c>$</c> for the document.</param>
/// <param name="Message">What was wrong, in English.</param>
/// <param name="MessageChinese">What was wrong, in Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderResponseError(string Path, string Message, string MessageChinese);
