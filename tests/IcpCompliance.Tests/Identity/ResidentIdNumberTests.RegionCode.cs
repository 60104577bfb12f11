using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    private static readonly AdministrativeDivisions Divisions = AdministrativeDivisions.Default;

    // The 17 digits before the check character: region, birth date, sequence. The check character is computed by
    // the type itself, so any body is a valid number.
    private static ResidentIdNumber WithRegion(int region, int year, int sequence = 123)
        => new((((ulong)region * 100_000_000UL) + (ulong)((year * 10_000) + 701)) * 1000UL + (ulong)sequence);

    [Theory]
    [InlineData(110103, 2005, DivisionStatus.Valid, "崇文区")]                   // abolished 2010, after the birth
    [InlineData(110103, 2011, DivisionStatus.AbolishedBeforeBirth, null)]       // abolished before the birth
    [InlineData(110111, 1980, DivisionStatus.Valid, "房山区")]                   // created 1986, after the birth: fine
    [InlineData(120110, 1985, DivisionStatus.Valid, "东郊区")]                   // renamed 东丽区 in 1992
    [InlineData(120110, 1995, DivisionStatus.Valid, "东丽区")]
    [InlineData(510190, 1990, DivisionStatus.UnknownCode, null)]                // a development zone, not in GB/T 2260
    [InlineData(810000, 1990, DivisionStatus.Valid, null)]                      // Hong Kong residence permit
    [InlineData(830000, 1990, DivisionStatus.Valid, null)]                      // Taiwan residence permit (not in the table)
    public void Checks_the_region_code_against_the_birth_year(int code, int year, DivisionStatus status, string? name)
    {
        DivisionCheck check = WithRegion(code, year).CheckRegionCode(Divisions);
        Assert.Equal((code, year, status), (check.Code, check.BirthYear, check.Status));
        if (name is not null)
        {
            Assert.Equal(name, check.Division!.Value.Name);
        }
    }

    [Fact]
    public void Abolished_codes_list_their_entries_so_the_caller_can_say_when()
    {
        DivisionCheck check = WithRegion(110103, 2011).CheckRegionCode(Divisions);
        Assert.Equal(2010, Assert.Single(check.Entries).LastYear);
        Assert.Null(check.Division);
    }

    [Fact]
    public void The_region_code_check_needs_a_table_and_a_number()
    {
        Assert.Throws<ArgumentNullException>(() => WithRegion(110105, 1990).CheckRegionCode(null!));
        Assert.Throws<InvalidOperationException>(() => default(ResidentIdNumber).CheckRegionCode(Divisions));
    }

    private static readonly Gen<(AdministrativeDivision Entry, int Year)> EntryAndYearWithinRule =
        from entry in Gen.Elements(Divisions.Entries.Where(e => e.Province is not null && (e.LastYear ?? 2026) >= 1900).ToArray())
        from year in Gen.Choose(1900, entry.LastYear ?? 2026)
        select (entry, year);

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property An_id_from_any_entry_and_a_birth_year_within_the_rule_is_valid()
        => Prop.ForAll(EntryAndYearWithinRule.ToArbitrary(), t =>
        {
            DivisionCheck check = WithRegion(t.Entry.Code, t.Year).CheckRegionCode(Divisions);
            return check.Status == DivisionStatus.Valid && check.Entries.Contains(t.Entry);
        });

    private static readonly AdministrativeDivision[] Abolished =
        [.. Divisions.Entries.GroupBy(e => e.Code).Where(g => g.All(e => e.LastYear is not null) && g.Key / 10_000 != 81 && g.Key / 10_000 != 82)
            .Select(g => g.OrderBy(e => e.LastYear).Last())];

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property The_year_after_a_code_was_abolished_is_invalid()
        => Prop.ForAll(Gen.Elements(Abolished).ToArbitrary(), entry =>
            WithRegion(entry.Code, entry.LastYear!.Value + 1).CheckRegionCode(Divisions).Status == DivisionStatus.AbolishedBeforeBirth);
}
