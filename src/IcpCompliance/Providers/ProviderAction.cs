using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>One operation of a provider's filing API, as data: its name, what it does, the workflow event it
/// corresponds to (if any), and the document that lists it.</summary>
/// <param name="Name">The action's name (<c>AbandonIcpOrder</c>).</param>
/// <param name="Description">What it does, in English.</param>
/// <param name="DescriptionChinese">What it does, as the provider's documentation writes it.</param>
/// <param name="Event">The workflow event it corresponds to, or null when it is a step inside the provider's own
/// preparation of an order that the workflow does not track.</param>
/// <param name="Note">How it maps, in English: what the caller adds, or why it has no event.</param>
/// <param name="Source">The document that lists it.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderAction(string Name, string Description, string DescriptionChinese, FilingEventKind? Event, string Note, string Source);
