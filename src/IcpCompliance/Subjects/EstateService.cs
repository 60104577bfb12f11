using System;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>One service (website, App, Mini Program, quick app) of a subject's estate: its number, its place in the
/// subject's sequence, its kind read from the number's letter, the PSB numbers shown with it and where it was
/// seen.</summary>
/// <remarks>Immutable; safe to use from any thread. Two services are equal when their members and the contents of
/// their lists are equal.</remarks>
public sealed record EstateService
{
    internal EstateService(IcpFilingNumber number, ImmutableArray<PsbFilingNumber> psbNumbers, ImmutableArray<string> sources)
    {
        Number = number;
        PsbNumbers = psbNumbers;
        Sources = sources;
    }

    /// <summary>The service's number, as first seen (<c>京ICP备2021012345号-3</c>).</summary>
    public IcpFilingNumber Number { get; }

    /// <summary>The service's place in its subject's sequence (<c>3</c>): websites, Apps, Mini Programs and quick
    /// apps share one sequence.</summary>
    public int Index => Number.ServiceIndex!.Value;

    /// <summary>The kind of service, from the number's letter (<see cref="KindOf"/>).</summary>
    public ServiceKind Kind => KindOf(Number.Suffix);

    /// <summary>The PSB numbers that a page or record showed with this service and no other.</summary>
    public ImmutableArray<PsbFilingNumber> PsbNumbers { get; }

    /// <summary>Where the number was seen (a file's line, a page), in order, each once.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>The kind of service a number's letter stands for: none a website, <c>A</c> an App, <c>X</c> a Mini
    /// Program, <c>K</c> a quick app (facts §1.1b, the Huawei Cloud FAQ on App and website filing numbers; the quick
    /// app's letter is confirmed by that one source only).</summary>
    /// <param name="suffix">The letter.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="suffix"/> is not a defined value.</exception>
    public static ServiceKind KindOf(ServiceSuffix suffix)
    {
        Preconditions.CheckEnumDefined(suffix);
        return suffix switch
        {
            ServiceSuffix.App => ServiceKind.App,
            ServiceSuffix.MiniProgram => ServiceKind.MiniProgram,
            ServiceSuffix.QuickApp => ServiceKind.QuickApp,
            _ => ServiceKind.Website,
        };
    }

    /// <inheritdoc />
    public bool Equals(EstateService? other)
        => other is not null && Number == other.Number && Sequences.Equal(PsbNumbers, other.PsbNumbers) && Sequences.Equal(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Sequences.Hash(PsbNumbers), Sequences.Hash(Sources));
}
