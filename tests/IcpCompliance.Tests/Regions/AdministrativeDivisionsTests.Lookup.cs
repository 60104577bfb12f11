using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Regions;

public sealed partial class AdministrativeDivisionsTests
{
    [Fact]
    public void Latest_entries_name_credit_code_and_psb_regions()
    {
        Assert.True(Table.TryFindLatest(120110, out AdministrativeDivision d));
        Assert.Equal("东丽区", d.Name);
        Assert.False(Table.TryFindLatest(510190, out _));
    }

    [Fact]
    public void The_built_in_table_matches_the_committed_tsv_row_for_row()
    {
        string path = RepositoryFiles.PathOf("src", "IcpCompliance", "Regions", "Data", "gbt2260-divisions-stdnum-2026-01.tsv");
        var rows = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => (Code: int.Parse(f[0]), Name: f[1], Province: int.Parse(f[2]), From: f[3], To: f[4]))
            .OrderBy(r => r.Code).ThenBy(r => r.From.Length == 0 ? int.MinValue : int.Parse(r.From))
            .ThenBy(r => r.To.Length == 0 ? int.MaxValue : int.Parse(r.To)).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(7145, rows.Count);
        Assert.Equal(rows.Count, Table.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            AdministrativeDivision e = Table.Entries[i];
            var r = rows[i];
            Assert.Equal((r.Code, r.Name, r.From, r.To), (e.Code, e.Name, e.FirstYear?.ToString() ?? "", e.LastYear?.ToString() ?? ""));
            Assert.Equal(r.Province, e.Province?.Code ?? r.Code / 10_000);
        }
    }

    [Fact]
    public void Every_code_belongs_to_the_province_of_its_first_two_digits()
    {
        foreach (AdministrativeDivision e in Table.Entries)
        {
            if (e.Province is null)
            {
                Assert.Contains(e.Code / 10_000, new[] { 71, 81, 82 });
            }
            else
            {
                Assert.Equal(e.Code / 10_000, e.Province.Code);
            }
        }

        Assert.All(Province.All, p => Assert.False(Table.Find(p.Code * 10_000).IsEmpty));
    }

    [Fact]
    public void Entries_withdrawn_in_the_revision_that_listed_them_are_in_force_in_no_year()
    {
        AdministrativeDivision withdrawn = Table.Find(532901).ToArray().Single(e => e.Name == "下关市");
        Assert.Equal((1983, 1982), (withdrawn.FirstYear, withdrawn.LastYear));
        Assert.DoesNotContain(Enumerable.Range(1975, 60), withdrawn.IsInForceIn);
    }

    [Theory]
    [InlineData(110103, 2009, "崇文区")]
    [InlineData(110103, 2010, "崇文区")]
    [InlineData(110103, 2011, null)]
    [InlineData(120110, 1991, "东郊区")]
    [InlineData(120110, 1992, "东丽区")]
    [InlineData(110111, 1985, null)]
    [InlineData(110111, 1986, "房山区")]
    [InlineData(510190, 2024, null)]
    public void Codes_are_found_as_of_a_year(int code, int year, string? name)
    {
        bool found = Table.TryFind(code, year, out AdministrativeDivision d);
        Assert.Equal(name is not null, found);
        Assert.Equal(name, found ? d.Name : null);
        Assert.Equal(found, Table.TryFind(code, new LocalDate(year, 6, 1), out _));
    }

    [Fact]
    public void A_renamed_code_has_both_entries_in_time_order()
    {
        AdministrativeDivision[] entries = Table.Find(120110).ToArray();
        Assert.Equal(["东郊区", "东丽区"], entries.Select(e => e.Name));
        Assert.True(Table.Find(510190).IsEmpty);
        Assert.True(Table.Find(-1).IsEmpty);
        Assert.True(Table.Find(int.MaxValue).IsEmpty);
    }

    [Fact]
    public void One_codes_entries_come_in_time_order_then_by_name()
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create(
        [
            Entry(110105, "丙", 2000, null),
            Entry(110105, "乙", 2000, 2005),
            Entry(110105, "甲", null, 1999),
            Entry(110105, "戊", 2000, 2005),
            Entry(110105, "丁", 1990, 1999),
        ]);
        Assert.Equal(["甲", "丁", "乙", "戊", "丙"], table.Find(110105).ToArray().Select(e => e.Name));
        Assert.True(table.TryFind(110105, 1995, out AdministrativeDivision in1995));
        Assert.Equal("甲", in1995.Name);
    }

    [Fact]
    public void Search_finds_names_containing_the_text()
    {
        Assert.Contains(Table.Search("海淀"), d => d.Code == 110108);
        Assert.Empty(Table.Search(null));
        Assert.Empty(Table.Search(""));
    }

    [Fact]
    public void A_lookup_by_code_allocates_nothing()
    {
        Table.Find(110108);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        for (int i = 0; i < 1000; i++)
        {
            found += Table.Find(110108 + (i % 10)).Length;
            found += Table.TryFind(120110, 1992, out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 1000);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Lookups_agree_with_a_linear_scan()
        => Prop.ForAll(Codes.ToArbitrary(), Gen.Choose(1975, 2030).ToArbitrary(), (code, year) =>
        {
            List<AdministrativeDivision> scanned = Table.Entries.Where(e => e.Code == code).ToList();
            bool byCode = Table.Find(code).ToArray().SequenceEqual(scanned);
            bool found = Table.TryFind(code, year, out AdministrativeDivision d);
            bool byYear = found ? scanned.Contains(d) && d.IsInForceIn(year) : !scanned.Any(e => e.IsInForceIn(year));
            return byCode && byYear;
        });
}
