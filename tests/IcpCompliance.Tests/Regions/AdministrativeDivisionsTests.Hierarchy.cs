using System.Linq;
using FsCheck.Fluent;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

public sealed partial class AdministrativeDivisionsTests
{
    [Fact]
    public void Parents_run_county_prefecture_province()
    {
        Table.TryFind(440305, 2020, out AdministrativeDivision nanshan);
        Assert.Equal([440300, 440000], Table.Parents(nanshan).Select(p => p.Code));
        Assert.Equal(DivisionLevel.County, nanshan.Level);
        Assert.Equal(DivisionLevel.Prefecture, Table.Parents(nanshan)[0].Level);
        Assert.Equal(DivisionLevel.Province, Table.Parents(nanshan)[1].Level);
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

    [Theory]
    [InlineData(110108, "北京市 海淀区")]
    [InlineData(440305, "广东省 深圳市 南山区")]
    [InlineData(110000, "北京市")]
    public void Full_names_run_from_the_province_down(int code, string fullName)
    {
        Assert.True(Table.TryFind(code, 2020, out AdministrativeDivision d));
        Assert.Equal(fullName, Table.FullName(d));
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
    public void A_level_missing_from_the_table_is_skipped()
    {
        AdministrativeDivisions table = AdministrativeDivisions.Create([Entry(320000, "江苏省"), Entry(320106, "无市区")]);
        Assert.Equal([320000], table.Parents(table.Find(320106)[0]).Select(p => p.Code));
        Assert.Equal("江苏省 无市区", table.FullName(table.Find(320106)[0]));
        AdministrativeDivisions orphan = AdministrativeDivisions.Create([Entry(320106, "孤区")]);
        Assert.Empty(orphan.Parents(orphan.Find(320106)[0]));
    }
}
