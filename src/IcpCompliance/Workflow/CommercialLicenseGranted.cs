using IcpCompliance.Numbers;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>取得经营许可证 An ICP Commercial License (增值电信业务经营许可证) was granted to the subject.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Number">The license number.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record CommercialLicenseGranted(Instant At, IcpLicenseNumber Number) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.CommercialLicenseGranted;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { LicenseNumber = Number };
}
