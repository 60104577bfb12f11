using System;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

public sealed partial class AdministrativeDivisionsTests
{
    [Fact]
    public void A_user_can_extend_or_replace_the_table()
    {
        var newCode = new AdministrativeDivision(110120, "新区", Province.Beijing, 2027, null);
        AdministrativeDivisions extended = Table.WithEntries([newCode]);
        Assert.Equal(Table.Count + 1, extended.Count);
        Assert.True(extended.TryFind(110120, 2027, out _));
        Assert.False(Table.TryFind(110120, 2027, out _));

        Assert.Throws<ArgumentException>(() => AdministrativeDivisions.Create([new AdministrativeDivision(440305, "x", Province.Beijing, null, null)]));
        Assert.Throws<ArgumentException>(() => AdministrativeDivisions.Create([new AdministrativeDivision(12345, "x", null, null, null)]));
        Assert.Throws<ArgumentException>(() => AdministrativeDivisions.Create([new AdministrativeDivision(810000, "x", Province.Beijing, null, null)]));
        Assert.Throws<ArgumentNullException>(() => AdministrativeDivisions.Create(null!));
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
}
