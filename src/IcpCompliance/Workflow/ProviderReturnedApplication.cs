using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>接入商退回 The provider returned the application to be fixed and submitted again.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why, as the provider said.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderReturnedApplication(Instant At, string Reason) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ProviderReturnedApplication;
}
