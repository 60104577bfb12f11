using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Filing;

/// <summary>One internet information service in a filing: a website, App, Mini Program or quick app.</summary>
/// <remarks>Immutable; safe to use from any thread. Change it with <c>with</c>. Collections are never default:
/// an unset one reads as empty. Two services are equal when their members and the contents of their collections
/// are equal.</remarks>
public sealed record FilingService
{
    /// <summary>The kind of service.</summary>
    public required ServiceKind Kind { get; init; }

    /// <summary>The service's name (网站名称 / App名称), in Chinese.</summary>
    public required string Name { get; init; }

    /// <summary>A short description of the service's content, in Chinese, when given.</summary>
    public string? Description { get; init; }

    /// <summary>A website's domains (empty for other kinds).</summary>
    public ImmutableArray<DomainRegistration> Domains { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>An App's or quick app's package name, or a Mini Program's app id (null for websites).</summary>
    public string? AppId { get; init; }

    /// <summary>Where the service is hosted.</summary>
    public required HostingRegion HostingRegion { get; init; }

    /// <summary>The hosting (access) provider, for example a cloud provider's name.</summary>
    public required string HostingProvider { get; init; }

    /// <summary>Whether the service takes payment for goods or services (经营性), which needs an ICP Commercial
    /// License as well as the filing.</summary>
    public bool IsCommercial { get; init; }

    /// <summary>The pre-approval industries the service's content touches.</summary>
    public ImmutableArray<PreApprovalCategory> ContentCategories { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The pre-approvals held.</summary>
    public ImmutableArray<PreApproval> PreApprovals { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The person responsible for the service (网站负责人).</summary>
    public required Person Principal { get; init; }

    /// <summary>The platform account of a Mini Program or App, when there is one.</summary>
    public PlatformAccount? Account { get; init; }

    /// <summary>The service's number when it is already filed (for adding access, a change or a cancellation).</summary>
    public IcpFilingNumber? ExistingNumber { get; init; }

    /// <inheritdoc />
    public bool Equals(FilingService? other)
        => other is not null
            && Kind == other.Kind
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Description, other.Description, StringComparison.Ordinal)
            && Sequences.Equal(Domains, other.Domains)
            && string.Equals(AppId, other.AppId, StringComparison.Ordinal)
            && HostingRegion == other.HostingRegion
            && string.Equals(HostingProvider, other.HostingProvider, StringComparison.Ordinal)
            && IsCommercial == other.IsCommercial
            && Sequences.Equal(ContentCategories, other.ContentCategories)
            && Sequences.Equal(PreApprovals, other.PreApprovals)
            && Principal == other.Principal
            && Account == other.Account
            && Nullable.Equals(ExistingNumber, other.ExistingNumber);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Kind, Name, Sequences.Hash(Domains), AppId, HostingRegion, IsCommercial, Principal, ExistingNumber);
}
