using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Cli;

public sealed class ParseCommandDivisionTests
{
    private static string Id(int region, int yyyymmdd) => new ResidentIdNumber((((ulong)region * 100_000_000UL) + (ulong)yyyymmdd) * 1000UL + 123).ToString();

    [Theory]
    [InlineData("11010519491231002X", "division:   北京市 朝阳区")]
    [InlineData("京公网安备11010802012345号", "division:   110108 北京市 海淀区")]
    [InlineData("川公网安备51019002006069号", "division:   510190 (not in GB/T 2260")]
    [InlineData("91350100M000100Y43", "division:   福建省 福州市")]
    public void Prints_the_full_name_of_the_division(string text, string expected)
    {
        var (exit, output, _) = CliRunner.Run("parse", text);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Says_when_an_id_numbers_code_was_abolished_before_the_birth()
    {
        var (_, output, _) = CliRunner.Run("parse", Id(110103, 20110701));
        Assert.Contains("division:   abolished in 2010, before the birth year 2011", output, System.StringComparison.Ordinal);
        (_, output, _) = CliRunner.Run("parse", Id(110111, 19800701));
        Assert.Contains("division:   北京市 房山区", output, System.StringComparison.Ordinal);
    }
}
