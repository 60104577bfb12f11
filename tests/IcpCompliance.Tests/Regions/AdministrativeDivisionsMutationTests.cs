using System;
using System.Linq;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

/// <summary>The division table's edges, each found by a mutation Stryker left alive: tables built in the test (the
/// shared <c>Default</c> is built once per process), the parent chosen by overlapping years, a missing level, the
/// placeholder names left out of a full name, the order of one code's entries, every check of
/// <see cref="AdministrativeDivisions.Create"/> with its words, and an entry's display string.</summary>
public sealed class AdministrativeDivisionsMutationTests
{
    private static AdministrativeDivision Entry(int code, string name, int? first = null, int? last = null)
    {
        Province.TryFromCode(code / 10_000, out Province? province);
        return new AdministrativeDivision(code, name, province, first, last);
    }

    [Fact]
    public void The_parent_is_the_entry_whose_years_overlap_the_childs()
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create(
        [
            Entry(320000, "江苏省"),
            Entry(320100, "旧市", null, 1990),
            Entry(320100, "中市", 1991, 2000),
            Entry(320100, "新市", 2001, null),
            Entry(320102, "早区", 1985, 1989),
            Entry(320103, "中区", 1995, 1996),
            Entry(320104, "新区", 2010, null),
            Entry(320105, "跨区", 1999, 2002),
            Entry(320107, "接区", 1985, 1991),
            Entry(320108, "末区", 2000, 2000),
        ]);
        string Parent(int code) => table.Parents(table.Find(code)[0])[0].Name;
        Assert.Equal("旧市", Parent(320102));
        Assert.Equal("中市", Parent(320103));
        Assert.Equal("新市", Parent(320104));
        Assert.Equal("新市", Parent(320105)); // overlaps two: the later one, which named the place last
        Assert.Equal("中市", Parent(320107)); // ends in the year 中市 begins
        Assert.Equal("中市", Parent(320108)); // lies in the year 中市 ends
        Assert.Equal("江苏省 中市 中区", table.FullName(table.Find(320103)[0]));
    }

    [Fact]
    public void A_parent_whose_years_miss_the_childs_is_still_named_by_its_latest_entry()
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create(
        [
            Entry(320100, "新市", 2001, 2010),
            Entry(320100, "旧市", 1980, 1990),
            Entry(320106, "孤区", 1993, 1995),
        ]);
        Assert.Equal(["新市"], table.Parents(table.Find(320106)[0]).Select(p => p.Name));
    }

    [Fact]
    public void A_level_missing_from_the_table_is_skipped()
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create([Entry(320000, "江苏省"), Entry(320106, "无市区")]);
        Assert.Equal([320000], table.Parents(table.Find(320106)[0]).Select(p => p.Code));
        Assert.Equal("江苏省 无市区", table.FullName(table.Find(320106)[0]));
        AdministrativeDivisions orphan = AdministrativeDivisions.Create([Entry(320106, "孤区")]);
        Assert.Empty(orphan.Parents(orphan.Find(320106)[0]));
    }

    [Theory]
    [InlineData("市辖区")]
    [InlineData("县")]
    [InlineData("省直辖县级行政区划")]
    [InlineData("自治区直辖县级行政区划")]
    public void Placeholder_names_are_left_out_of_a_full_name(string placeholder)
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create([Entry(420000, "湖北省"), Entry(429000, placeholder), Entry(429004, "仙桃市")]);
        Assert.Equal("湖北省 仙桃市", table.FullName(table.Find(429004)[0]));
        AdministrativeDivisions named = AdministrativeDivisions.Create([Entry(420000, "湖北省"), Entry(429000, "县" + placeholder), Entry(429004, "仙桃市")]);
        Assert.Equal($"湖北省 县{placeholder} 仙桃市", named.FullName(named.Find(429004)[0]));
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

    [Theory]
    [InlineData(99_999)]
    [InlineData(1_000_000)]
    [InlineData(-110108)]
    public void A_code_of_other_than_six_digits_is_refused_with_its_reason(int code)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => AdministrativeDivisions.Create([new AdministrativeDivision(code, "x", null, null, null)]));
        Assert.StartsWith("A division code has six digits.", e.Message);
        Assert.Equal("entries", e.ParamName);
    }

    [Fact]
    public void Six_digit_codes_at_either_end_are_accepted_outside_the_31_regions()
    {
        Assert.Equal(2, AdministrativeDivisions.Create([new AdministrativeDivision(100_000, "x", null, null, null), new AdministrativeDivision(999_999, "y", null, null, null)]).Count);
    }

    [Fact]
    public void A_province_that_does_not_match_the_code_or_a_missing_name_is_refused()
    {
        foreach (AdministrativeDivision wrong in new[]
        {
            new AdministrativeDivision(440305, "南山区", Province.Beijing, null, null),
            new AdministrativeDivision(440305, "南山区", null, null, null),
            new AdministrativeDivision(810000, "香港", Province.Guangdong, null, null),
        })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => AdministrativeDivisions.Create([wrong]));
            Assert.StartsWith("A division's province must match its code's first two digits.", e.Message);
            Assert.Equal("entries", e.ParamName);
        }

        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => AdministrativeDivisions.Create([new AdministrativeDivision(440305, null!, Province.Guangdong, null, null)])).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => AdministrativeDivisions.Create(null!)).ParamName);
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => AdministrativeDivisions.Default.WithEntries(null!)).ParamName);
        Assert.Equal(1, AdministrativeDivisions.Create([new AdministrativeDivision(440305, "南山区", Province.Guangdong, null, null)]).Count);
    }

    [Theory]
    [InlineData(110108, "海淀区", null, null, "110108 海淀区")]
    [InlineData(110103, "崇文区", null, 2010, "110103 崇文区 (–2010)")]
    [InlineData(120110, "东丽区", 1992, null, "120110 东丽区 (1992–)")]
    [InlineData(120110, "东郊区", 1983, 1991, "120110 东郊区 (1983–1991)")]
    [InlineData(11, "x", null, null, "000011 x")]
    public void An_entry_shows_its_code_name_and_years(int code, string name, int? first, int? last, string expected)
        => Assert.Equal(expected, new AdministrativeDivision(code, name, null, first, last).ToString());
}
