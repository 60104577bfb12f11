using System;
using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>Shorthands for the built-in rule catalogues: scopes and a compact constructor.</summary>
internal static class Define
{
    /// <summary>Operations that file or change something (everything but cancellations).</summary>
    internal static readonly ImmutableArray<FilingOperation> Submissions = [FilingOperation.FirstFiling, FilingOperation.AddService, FilingOperation.AddAccess, FilingOperation.Change];

    /// <summary>Operations that bring a service to this provider.</summary>
    internal static readonly ImmutableArray<FilingOperation> NewServices = [FilingOperation.FirstFiling, FilingOperation.AddService, FilingOperation.AddAccess];

    /// <summary>Operations on a subject that is already filed.</summary>
    internal static readonly ImmutableArray<FilingOperation> AfterApproval = [FilingOperation.AddService, FilingOperation.AddAccess, FilingOperation.Change];

    internal static readonly ImmutableArray<ServiceKind> All = [];
    internal static readonly ImmutableArray<ServiceKind> Websites = [ServiceKind.Website];
    internal static readonly ImmutableArray<ServiceKind> MiniPrograms = [ServiceKind.MiniProgram];
    internal static readonly ImmutableArray<ServiceKind> AppsAndMiniPrograms = [ServiceKind.App, ServiceKind.MiniProgram, ServiceKind.QuickApp];

    /// <summary>A built-in rule: what it checks, named property by property, and how it checks it.</summary>
    internal static IRule Rule(Rules.Rule rule, Action<RuleContext, FindingCollector> evaluate) => new DelegateRule(rule, evaluate);
}
