using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>A PSB number that no record tied to one subject: shown alone, or with numbers of several subjects.</summary>
/// <param name="Number">The PSB number.</param>
/// <param name="Source">The record it was seen in.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record UnattachedPsbNumber(PsbFilingNumber Number, string Source);
