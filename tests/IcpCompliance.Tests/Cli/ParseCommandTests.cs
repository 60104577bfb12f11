namespace IcpCompliance.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public void Prints_the_parts_of_a_lenient_filing_number()
    {
        var (exit, output, error) = CliRunner.Run("parse", "备案号：京ICP备 12345678号-1");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("kind:       ICP filing number (ICP备案号)", output);
        Assert.Contains("province:   北京 Beijing (code 11, written 京)", output);
        Assert.Contains("serial:     12345678 (8 digits)", output);
        Assert.Contains("number of:  service 1: website (网站)", output);
        Assert.Contains("canonical:  京ICP备12345678号-1", output);
    }

    [Theory]
    [InlineData("川公网安备51019002006069号", "division:   510190")]
    [InlineData("粤B2-20090059", "form:       B2 (增值电信业务经营许可证)")]
    [InlineData("粤B2-20090059-1626X", "number of:  service 1626: Mini Program (小程序)")]
    [InlineData("京公网安备110105001181号", "legacy 12-digit form")]
    public void Recognizes_each_kind(string text, string expected)
    {
        var (exit, output, _) = CliRunner.Run("parse", text);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Shows_a_caret_under_the_failing_character_counting_wide_characters_twice()
    {
        var (exit, output, error) = CliRunner.Run("parse", "京ICP备12345678号-1Z");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        string[] lines = error.Split('\n');
        Assert.Equal("error: BadSuffix at position 16", lines[0]);
        Assert.Equal("  京ICP备12345678号-1Z", lines[1]);
        // 京 and 备 and 号 are two columns each: 16 characters before Z take 19 columns.
        Assert.Equal("  " + new string(' ', 19) + "^", lines[2]);
        Assert.Contains("A (App), X (Mini Program) or K (quick app)", lines[3]);
        Assert.Contains("快应用", lines[4]);
    }

    [Fact]
    public void Strict_mode_refuses_what_lenient_mode_accepts()
    {
        Assert.Equal(0, CliRunner.Run("parse", "京icp备12345678号").ExitCode);
        var (exit, _, error) = CliRunner.Run("parse", "--strict", "京icp备12345678号");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: WrongKindMarker at position 1", error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "a", "b")]
    [InlineData("parse", "--no-such-option", "京ICP备12345678号")]
    [InlineData("no-such-command")]
    public void A_command_line_that_does_not_parse_is_bad_input(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Control_characters_are_not_echoed_to_the_terminal()
    {
        var (exit, _, error) = CliRunner.Run("parse", "京ICP备\u001b[2J12345678号");
        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void A_passport_number_with_its_country_is_recognized()
    {
        var (exit, output, error) = CliRunner.Run("parse", "DEU C4J9K2LM7");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("kind:       passport number (护照号码)", output);
        Assert.Contains("country:    DEU", output);
        Assert.Contains("canonical:  DEU C4J9K2LM7", output);
    }

    [Fact]
    public void Text_of_two_kinds_is_printed_as_each()
    {
        var (exit, output, _) = CliRunner.Run("parse", "310101197708130836");
        Assert.Equal(0, exit);
        int id = output.IndexOf("kind:       resident ID number (居民身份证号码)", System.StringComparison.Ordinal);
        int code = output.IndexOf("kind:       unified social credit code (统一社会信用代码)", System.StringComparison.Ordinal);
        Assert.True(id >= 0 && code > id, output);
        Assert.Contains("\n\nkind:", output.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("110105194912310021", "error: BadCheckCharacter at position 17")]
    [InlineData("exa_mple.com", "error: InvalidCharacter at position 3")]
    public void A_near_miss_gets_the_error_of_the_kind_it_resembles(string text, string expected)
    {
        var (exit, _, error) = CliRunner.Run("parse", text);
        Assert.Equal(1, exit);
        Assert.StartsWith(expected, error, System.StringComparison.Ordinal);
    }
}
