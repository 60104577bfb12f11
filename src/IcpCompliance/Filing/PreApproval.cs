namespace IcpCompliance.Filing;

/// <summary>An approval held from an industry regulator (前置审批), filed with the service it covers.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PreApproval
{
    /// <summary>The industry the approval covers.</summary>
    public required PreApprovalCategory Category { get; init; }

    /// <summary>The approval document's number as issued.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The issuing authority, when known.</summary>
    public string? Authority { get; init; }
}
