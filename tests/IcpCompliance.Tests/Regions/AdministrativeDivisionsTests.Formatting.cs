using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Regions;

public sealed partial class AdministrativeDivisionsTests
{
    [Theory]
    [InlineData(110108, "海淀区", null, null, "110108 海淀区")]
    [InlineData(110103, "崇文区", null, 2010, "110103 崇文区 (–2010)")]
    [InlineData(120110, "东丽区", 1992, null, "120110 东丽区 (1992–)")]
    [InlineData(120110, "东郊区", 1983, 1991, "120110 东郊区 (1983–1991)")]
    [InlineData(11, "x", null, null, "000011 x")]
    public void An_entry_shows_its_code_name_and_years(int code, string name, int? first, int? last, string expected)
        => Assert.Equal(expected, new AdministrativeDivision(code, name, null, first, last).ToString());
}
