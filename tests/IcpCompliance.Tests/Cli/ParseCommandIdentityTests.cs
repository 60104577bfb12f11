
namespace IcpCompliance.Tests.Cli;

public sealed class ParseCommandIdentityTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => IcpCompliance.Tests.Cli.CliRunner.Run(args);

    [Fact]
    public void Filing_numbers_still_come_first()
    {
        var (exit, output, _) = Run("parse", "京ICP备12345678号-1");
        Assert.Equal(0, exit);
        Assert.Contains("ICP filing number", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_parts_of_a_resident_id_number()
    {
        var (exit, output, error) = Run("parse", "110105 19491231 002x");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("resident ID number", output, System.StringComparison.Ordinal);
        Assert.Contains("1949-12-31", output, System.StringComparison.Ordinal);
        Assert.Contains("female", output, System.StringComparison.Ordinal);
        Assert.Contains("canonical:  11010519491231002X", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_parts_of_a_credit_code_and_accepts_known_pilot_codes()
    {
        var (exit, output, _) = Run("parse", "91350100M000100Y43");
        Assert.Equal(0, exit);
        Assert.Contains("org code:   M000100Y4", output, System.StringComparison.Ordinal);
        Assert.Contains("350100 (福建 Fujian)", output, System.StringComparison.Ordinal);

        (exit, output, _) = Run("parse", "91350100M0001TGQXM");
        Assert.Equal(0, exit);
        Assert.Contains("early pilot code", output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+86 138 1234 5678", "Mainland mobile number", "13812345678")]
    [InlineData("H12345678", "Hong Kong resident", "H12345678")]
    [InlineData("www.Example.com.cn", "domain name", "registered: example.com.cn (the registrable domain)")]
    [InlineData("example.ai", "NOT on the built-in list", "suffix:")]
    [InlineData("例子.中国", "display:    例子.中国", "xn--fsqu00a.xn--fiqs8s")]
    public void Recognizes_other_identifiers(string text, string expected1, string expected2)
    {
        var (exit, output, _) = Run("parse", text);
        Assert.Equal(0, exit);
        Assert.Contains(expected1, output, System.StringComparison.Ordinal);
        Assert.Contains(expected2, output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("110105194912310021", "BadCheckCharacter at position 17")]
    [InlineData("91350100M000100Y44", "BadCheckCharacter at position 17")]
    [InlineData("exa_mple.com", "InvalidCharacter at position 3")]
    [InlineData("京ICP备12345678号-0", "BadServiceIndex")]
    public void Reports_the_error_of_the_likeliest_kind(string text, string expected)
    {
        var (exit, output, error) = Run("parse", text);
        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Contains(expected, error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_applies_to_identifiers_too()
    {
        Assert.Equal(1, Run("parse", "--strict", "11010519491231002x").Exit);
        Assert.Equal(0, Run("parse", "--strict", "11010519491231002X").Exit);
    }
}
