using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using IcpCompliance.Internal;

namespace IcpCompliance.Identity;

/// <summary>
/// The domain suffixes MIIT approves, refuses or leaves unclear for ICP filing (《工业和信息化部关于规范互联网信息服务使用
/// 域名的通知》: since 2018 a filed domain's TLD must be one the state has approved), each with its source and date.
/// <see cref="Default"/> is the built-in list; build your own with <see cref="FromEntries"/>
/// or <see cref="With"/> and pass it where a method takes one (<c>RuleContext.TopLevelDomains</c>).
/// </summary>
/// <remarks>
/// <para>The list is three-valued: a suffix is <see cref="FilingSuffixStatus.Approved"/>,
/// <see cref="FilingSuffixStatus.NotApproved"/> or <see cref="FilingSuffixStatus.Unclear"/>, and a suffix the list does
/// not hold is <see cref="FilingSuffixStatus.Unknown"/>. The authoritative list is MIIT's register of domain registries
/// (domain.miit.gov.cn, 域名注册管理机构); it grows by announcement and a license can lapse, so an unknown or unclear
/// suffix is a reason to check there, not to refuse.</para>
/// <para>Suffixes are held in their ASCII (punycode) form, lower case. A name is looked up by its public suffix first
/// (<c>com.cn</c> for <c>example.com.cn</c>), then by its TLD. Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed class FilingTopLevelDomains
{
    private const string ResourceName = "IcpCompliance.Identity.FileableTlds.tsv";

    private static readonly Lazy<FilingTopLevelDomains> BuiltIn = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, FilingSuffix> _bySuffix;

    private FilingTopLevelDomains(ImmutableArray<FilingSuffix> entries, string source)
    {
        Entries = entries;
        Source = source;
        _bySuffix = entries.ToFrozenDictionary(e => e.Suffix, StringComparer.Ordinal);
    }

    /// <summary>
    /// The built-in list: 255 suffixes compiled on 2026-11-22 (214 approved: 172 TLDs such as <c>com</c>, <c>xyz</c>,
    /// <c>vip</c>, <c>shop</c> and <c>中国</c>, and the 42 <c>.cn</c> categories such as <c>com.cn</c> and <c>bj.cn</c>;
    /// 17 unclear, such as <c>org</c>, <c>tech</c> and <c>gov</c>; 24 not approved, such as <c>io</c>, <c>ai</c> and
    /// <c>dev</c>), each row with its source and date. It is embedded in the package and read on first use.
    /// </summary>
    public static FilingTopLevelDomains Default => BuiltIn.Value;

    /// <summary>Where the list comes from, as its creator described it.</summary>
    public string Source { get; }

    /// <summary>Every row, ordered by suffix (ordinal).</summary>
    public ImmutableArray<FilingSuffix> Entries { get; }

    /// <summary>The approved suffixes, in ASCII form, ordered by suffix.</summary>
    public IEnumerable<string> TopLevelDomains => Entries.Where(e => e.Status == FilingSuffixStatus.Approved).Select(e => e.Suffix);

    /// <summary>Creates a list of approved suffixes; any other suffix is unknown to it.</summary>
    /// <param name="topLevelDomains">The suffixes, with or without a dot, in ASCII (<c>xn--fiqs8s</c>) or Unicode
    /// (<c>中国</c>) form, any case.</param>
    /// <param name="source">Where the list comes from (a URL and a date), shown to users.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the suffixes is null.</exception>
    /// <exception cref="ArgumentException">A suffix is not a domain suffix, or one appears twice.</exception>
    public static FilingTopLevelDomains Create(IEnumerable<string> topLevelDomains, string source)
    {
        Preconditions.CheckNotNull(topLevelDomains);
        Preconditions.CheckNotNull(source);
        var entries = new List<FilingSuffix>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string tld in topLevelDomains)
        {
            Preconditions.CheckNotNull(tld, nameof(topLevelDomains));
            var entry = new FilingSuffix(tld, FilingSuffixStatus.Approved, source, string.Empty);
            if (seen.Add(entry.Suffix))
            {
                entries.Add(entry);
            }
        }

        return FromEntries(entries, source);
    }

    /// <summary>Creates a list from its rows, such as a provider's own list or one built from MIIT's register.</summary>
    /// <param name="entries">The rows, one per suffix.</param>
    /// <param name="source">Where the list comes from (a URL and a date), shown to users.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">A suffix appears twice.</exception>
    public static FilingTopLevelDomains FromEntries(IEnumerable<FilingSuffix> entries, string source)
    {
        Preconditions.CheckNotNull(entries);
        Preconditions.CheckNotNull(source);
        List<FilingSuffix> rows = [.. entries];
        Preconditions.CheckArgument(rows.All(r => r is not null), "Rows may not be null.", nameof(entries));
        Preconditions.CheckArgument(
            rows.Select(r => r.Suffix).Distinct(StringComparer.Ordinal).Count() == rows.Count,
            "Each suffix may appear once.",
            nameof(entries));
        return new FilingTopLevelDomains([.. rows.OrderBy(r => r.Suffix, StringComparer.Ordinal)], source);
    }

    /// <summary>This list with a row added, or replacing the row of the same suffix (a suffix MIIT approved after the
    /// list was made, a provider's own finding).</summary>
    /// <param name="entry">The row.</param>
    /// <returns>The new list; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public FilingTopLevelDomains With(FilingSuffix entry)
    {
        Preconditions.CheckNotNull(entry);
        return FromEntries(Entries.Where(e => !string.Equals(e.Suffix, entry.Suffix, StringComparison.Ordinal)).Append(entry), Source);
    }

    /// <summary>The row a domain falls under: its public suffix's (<c>com.cn</c>) when the list has one, otherwise its
    /// TLD's.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The row, or null when the list knows neither (or for the default value).</returns>
    public FilingSuffix? Find(DomainName domain)
    {
        if (domain.Name.Length == 0)
        {
            return null;
        }

        string suffix = domain.PublicSuffix;
        if (_bySuffix.TryGetValue(suffix, out FilingSuffix? entry))
        {
            return entry;
        }

        string tld = domain.TopLevelDomain;
        return tld.Length != suffix.Length && _bySuffix.TryGetValue(tld, out entry) ? entry : null;
    }

    /// <summary>Whether a domain's suffix may be filed, by this list.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The status of the row it falls under, or <see cref="FilingSuffixStatus.Unknown"/>.</returns>
    public FilingSuffixStatus StatusOf(DomainName domain) => Find(domain)?.Status ?? FilingSuffixStatus.Unknown;

    /// <summary>Whether the list approves a suffix.</summary>
    /// <param name="topLevelDomain">The suffix in ASCII form, lower case, without a dot (as
    /// <see cref="DomainName.TopLevelDomain"/> gives it).</param>
    /// <returns>Whether it is on the list as approved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topLevelDomain"/> is null.</exception>
    public bool Contains(string topLevelDomain)
        => _bySuffix.TryGetValue(Preconditions.CheckNotNull(topLevelDomain), out FilingSuffix? entry) && entry.Status == FilingSuffixStatus.Approved;

    private static FilingTopLevelDomains LoadBuiltIn()
    {
        using StreamReader reader = EmbeddedTable.Open(ResourceName);
        return FromEntries(
            EmbeddedTable.Rows(reader).Select(Row).ToList(),
            "Fileable domain suffixes compiled on 2026-11-22 from hosting providers' lists and reports (facts §12); "
            + "authoritative list: MIIT's register of domain registries (domain.miit.gov.cn, 域名注册管理机构)");
    }

    // The committed table's columns: tld, status, registry, source, date, notes.
    private static FilingSuffix Row(string[] f) => new(
        f[0],
        f[1] switch
        {
            "approved" => FilingSuffixStatus.Approved,
            "not-approved" => FilingSuffixStatus.NotApproved,
            "unclear" => FilingSuffixStatus.Unclear,
            _ => throw new InvalidDataException("Unknown suffix status '" + f[1] + "' in the built-in table."),
        },
        f[3],
        f[4],
        f[2].Length == 0 ? null : f[2],
        f[5].Length == 0 ? null : f[5]);
}
