using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Regions;

/// <summary>
/// A table of administrative division codes (GB/T 2260, 行政区划代码) with the years each was in force: where the
/// codes in resident ID numbers (digits 1–6), Unified Social Credit Codes (digits 3–8) and PSB filing numbers
/// (digits 1–6) come from.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the built-in table: the Ministry of Civil Affairs' codes as tabulated on Chinese
/// Wikipedia and compiled by python-stdnum (edition <see cref="DefaultEdition"/>). It is embedded in the assembly
/// and parsed on first use. The Ministry publishes changes every year: supply a newer table with
/// <see cref="Create"/> or extend this one with <see cref="WithEntries"/>.</para>
/// <para>Lookups by code are a binary search over a sorted array and allocate nothing.</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed class AdministrativeDivisions
{
    /// <summary>The edition of the built-in table.</summary>
    public const string DefaultEdition = "python-stdnum loc.dat, 2026-01";

    private const string ResourceName = "IcpCompliance.Regions.Divisions.tsv";

    private static readonly Lazy<AdministrativeDivisions> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    // Sorted by code, first year (unknown first), last year (open last) and name: the entries of one code are
    // contiguous and in time order, and the order does not depend on the input's.
    private readonly AdministrativeDivision[] _entries;
    private readonly int[] _codes;

    private AdministrativeDivisions(AdministrativeDivision[] sortedEntries)
    {
        _entries = sortedEntries;
        _codes = new int[sortedEntries.Length];
        for (int i = 0; i < sortedEntries.Length; i++)
        {
            _codes[i] = sortedEntries[i].Code;
        }
    }

    /// <summary>The built-in table, loaded on first use.</summary>
    public static AdministrativeDivisions Default => BuiltIn.Value;

    /// <summary>Every entry, sorted by code, then by the years it was in force, then by name.</summary>
    public ImmutableArray<AdministrativeDivision> Entries => ImmutableCollectionsMarshal.AsImmutableArray(_entries);

    /// <summary>How many entries the table has.</summary>
    public int Count => _entries.Length;

    /// <summary>Creates a table from entries, such as a newer edition a user has parsed.</summary>
    /// <param name="entries">The entries; a code may appear several times with different years.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry's name is null.</exception>
    /// <exception cref="ArgumentException">An entry's code is not six digits, its province does not match the code's
    /// first two digits (or is null for one of the 31 regions' codes).</exception>
    public static AdministrativeDivisions Create(IEnumerable<AdministrativeDivision> entries)
    {
        Preconditions.CheckNotNull(entries);
        var list = new List<AdministrativeDivision>();
        foreach (AdministrativeDivision entry in entries)
        {
            Validate(entry);
            list.Add(entry);
        }

        AdministrativeDivision[] sorted = [.. list];
        Array.Sort(sorted, CompareEntries);
        return new AdministrativeDivisions(sorted);
    }

    /// <summary>This table with more entries added (the next year's new codes, a correction); existing entries are
    /// kept.</summary>
    /// <param name="entries">The entries to add.</param>
    /// <returns>A new table; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is invalid (see <see cref="Create"/>).</exception>
    public AdministrativeDivisions WithEntries(IEnumerable<AdministrativeDivision> entries)
    {
        Preconditions.CheckNotNull(entries);
        return Create([.. _entries, .. entries]);
    }

    /// <summary>Every entry for a code, in time order; empty when the code is unknown. Allocates nothing.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <returns>The entries.</returns>
    public ReadOnlySpan<AdministrativeDivision> Find(int code)
    {
        int start = LowerBound(code);
        int end = start;
        while (end < _codes.Length && _codes[end] == code)
        {
            end++;
        }

        return _entries.AsSpan(start, end - start);
    }

    /// <summary>The entry for a code in force during a year.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="year">The year.</param>
    /// <param name="division">The entry, when found.</param>
    /// <returns>Whether the code was in force that year.</returns>
    public bool TryFind(int code, int year, out AdministrativeDivision division)
    {
        foreach (AdministrativeDivision entry in Find(code))
        {
            if (entry.IsInForceIn(year))
            {
                division = entry;
                return true;
            }
        }

        division = default;
        return false;
    }

    /// <summary>The entry for a code in force on a date (by its year: the table records years).</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="date">The date.</param>
    /// <param name="division">The entry, when found.</param>
    /// <returns>Whether the code was in force in that date's year.</returns>
    public bool TryFind(int code, LocalDate date, out AdministrativeDivision division) => TryFind(code, date.Year, out division);

    /// <summary>The latest entry for a code (its current or last name); for codes whose year does not matter, such
    /// as a credit code's registering authority or a PSB number's office.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="division">The entry, when the code is in the table.</param>
    /// <returns>Whether the code is in the table. Development zones' offices use codes outside GB/T 2260 (510190),
    /// so false is information, not an error.</returns>
    public bool TryFindLatest(int code, out AdministrativeDivision division)
    {
        ReadOnlySpan<AdministrativeDivision> entries = Find(code);
        division = entries.IsEmpty ? default : entries[^1];
        return !entries.IsEmpty;
    }

    /// <summary>
    /// The chain of divisions above an entry, nearest first (county → prefecture → province). For each level the
    /// entry whose years overlap the given entry's is chosen; levels missing from the table are skipped.
    /// </summary>
    /// <param name="division">The entry.</param>
    /// <returns>The parents, nearest first; empty for a province.</returns>
    public ImmutableArray<AdministrativeDivision> Parents(AdministrativeDivision division)
    {
        var builder = ImmutableArray.CreateBuilder<AdministrativeDivision>(2);
        int? parentCode = division.ParentCode;
        while (parentCode is int code)
        {
            if (TryFindOverlapping(code, division, out AdministrativeDivision parent))
            {
                builder.Add(parent);
            }

            parentCode = new AdministrativeDivision(code, string.Empty, division.Province, null, null).ParentCode;
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The full name from the province down, such as <c>北京市 海淀区</c> or <c>广东省 深圳市 南山区</c>. The placeholder
    /// names that group a municipality's districts and counties (市辖区, 县) and the province-administered counties
    /// (省直辖县级行政区划) are left out, as people write addresses.
    /// </summary>
    /// <param name="division">The entry.</param>
    /// <returns>The names joined with spaces.</returns>
    public string FullName(AdministrativeDivision division)
    {
        ImmutableArray<AdministrativeDivision> parents = Parents(division);
        var names = new List<string>(parents.Length + 1);
        for (int i = parents.Length - 1; i >= 0; i--)
        {
            if (!IsPlaceholderName(parents[i].Name))
            {
                names.Add(parents[i].Name);
            }
        }

        names.Add(division.Name);
        return string.Join(' ', names);
    }

    /// <summary>Every entry whose name contains <paramref name="text"/> (ordinal comparison).</summary>
    /// <param name="text">Part of a name, such as 海淀; null or empty finds nothing.</param>
    /// <returns>The matching entries in table order.</returns>
    public ImmutableArray<AdministrativeDivision> Search(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<AdministrativeDivision>();
        foreach (AdministrativeDivision entry in _entries)
        {
            if (entry.Name.Contains(text, StringComparison.Ordinal))
            {
                builder.Add(entry);
            }
        }

        return builder.ToImmutable();
    }

    private bool TryFindOverlapping(int code, AdministrativeDivision child, out AdministrativeDivision parent)
    {
        ReadOnlySpan<AdministrativeDivision> candidates = Find(code);
        parent = default;
        if (candidates.IsEmpty)
        {
            return false;
        }

        int from = child.FirstYear ?? int.MinValue;
        int to = child.LastYear ?? int.MaxValue;
        foreach (AdministrativeDivision candidate in candidates)
        {
            if ((candidate.FirstYear ?? int.MinValue) <= to && from <= (candidate.LastYear ?? int.MaxValue))
            {
                parent = candidate;
            }
        }

        // No overlap (a gap in the records): the latest entry still names the place.
        if (parent.Name is null)
        {
            parent = candidates[^1];
        }

        return true;
    }

    private static bool IsPlaceholderName(string name) => name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划";

    private int LowerBound(int code)
    {
        int lo = 0;
        int hi = _codes.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_codes[mid] < code)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int CompareEntries(AdministrativeDivision a, AdministrativeDivision b)
    {
        int order = a.Code.CompareTo(b.Code);
        order = order != 0 ? order : (a.FirstYear ?? int.MinValue).CompareTo(b.FirstYear ?? int.MinValue);
        order = order != 0 ? order : (a.LastYear ?? int.MaxValue).CompareTo(b.LastYear ?? int.MaxValue);
        return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
    }

    private static void Validate(AdministrativeDivision entry)
    {
        Preconditions.CheckArgument(entry.Code is >= 100_000 and <= 999_999, "A division code has six digits.", "entries");
        Preconditions.CheckNotNull(entry.Name, "entries");
        bool provinceMatches = entry.Province is null
            ? !Province.TryFromCode(entry.Code / 10_000, out _)
            : entry.Province.Code == entry.Code / 10_000;
        Preconditions.CheckArgument(provinceMatches, "A division's province must match its code's first two digits.", "entries");
    }

    internal static AdministrativeDivisions LoadBuiltIn()
    {
        using StreamReader reader = EmbeddedTable.Open(ResourceName);
        return Create(ReadTsv(reader));
    }

    // The committed table's columns: code, name, province, from, to.
    internal static IEnumerable<AdministrativeDivision> ReadTsv(TextReader reader)
    {
        foreach (string[] fields in EmbeddedTable.Rows(reader))
        {
            int code = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture);
            int provinceCode = int.Parse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture);
            Province.TryFromCode(provinceCode, out Province? province);
            yield return new AdministrativeDivision(code, fields[1], province, Year(fields[3]), Year(fields[4]));
        }
    }

    private static int? Year(string field) => field.Length == 0 ? null : int.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);
}
