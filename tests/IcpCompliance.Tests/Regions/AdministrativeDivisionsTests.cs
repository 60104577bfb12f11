using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

/// <summary>Tests of <see cref="AdministrativeDivisions"/> by concern: <c>.Lookup</c> (the built-in table, finding
/// codes as of a year, entry order, search), <c>.Hierarchy</c> (parents and full names across the table's years),
/// <c>.Construction</c> (<c>Create</c> and its argument checks) and <c>.Formatting</c> (an entry's display
/// string).</summary>
public sealed partial class AdministrativeDivisionsTests
{
    private static readonly AdministrativeDivisions Table = AdministrativeDivisions.Default;

    private static AdministrativeDivision Entry(int code, string name, int? first = null, int? last = null)
    {
        Province.TryFromCode(code / 10_000, out Province? province);
        return new AdministrativeDivision(code, name, province, first, last);
    }

    private static readonly Gen<int> Codes = Gen.Frequency(
        (3, Gen.Elements(Table.Entries.Select(e => e.Code).Distinct().ToArray())),
        (1, Gen.Choose(100_000, 999_999)));
}
