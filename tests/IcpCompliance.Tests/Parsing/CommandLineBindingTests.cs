using System;
using System.CommandLine;
using System.Linq;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Parsing;

/// <summary>
/// The parsed types in System.CommandLine (issue 22 item 1). Version 3.0 converts only the types it knows, so an
/// option of a parsed type takes a custom parser; one generic parser over <see cref="ISpanParsable{TSelf}"/> serves
/// every type, and the <see cref="ParseException"/> of the interface's Parse gives the usage error its words.
/// </summary>
public sealed class CommandLineBindingTests
{
    [Fact]
    public void An_option_of_a_parsed_type_binds_through_the_parsing_interface()
    {
        Option<IcpFilingNumber> icp = ParsedOption<IcpFilingNumber>("--icp");
        Option<PassportNumber> passport = ParsedOption<PassportNumber>("--passport");
        Option<UnifiedSocialCreditCode> code = ParsedOption<UnifiedSocialCreditCode>("--code");
        RootCommand root = [icp, passport, code];

        ParseResult result = root.Parse(["--icp", "京ICP备12345678号-1", "--passport", "CHN E12345678", "--code", "91350100M000100Y43"]);

        Assert.Empty(result.Errors);
        Assert.Equal(IcpFilingNumber.Parse("京ICP备12345678号-1").Value, result.GetValue(icp));
        Assert.Equal(PassportNumber.Parse("E12345678", "CHN").Value, result.GetValue(passport));
        Assert.Equal(UnifiedSocialCreditCode.Parse("91350100M000100Y43").Value, result.GetValue(code));
    }

    [Fact]
    public void Text_that_is_no_value_is_a_usage_error_with_the_parsers_words()
    {
        Option<IcpFilingNumber> icp = ParsedOption<IcpFilingNumber>("--icp");
        RootCommand root = [icp];

        ParseResult result = root.Parse(["--icp", "京ICP备12345678号-"]);

        string error = Assert.Single(result.Errors).Message;
        ParseError expected = IcpFilingNumber.Parse("京ICP备12345678号-").Error;
        Assert.Equal("The text is not a valid IcpFilingNumber: " + expected, error);
        Assert.Contains(expected.Code.ToString(), error, StringComparison.Ordinal);
    }

    // What a user writes once for all the parsed types: the interface's TryParse for the value, its Parse for the
    // error's words (a ParseException names the type, the error code and the position).
    private static Option<T> ParsedOption<T>(string name)
        where T : ISpanParsable<T>
        => new(name)
        {
            CustomParser = argument =>
            {
                string text = argument.Tokens.Single().Value;
                if (T.TryParse(text, null, out T? value))
                {
                    return value;
                }

                try
                {
                    _ = T.Parse(text, null);
                }
                catch (ParseException exception)
                {
                    argument.AddError(exception.Message);
                }

                return default;
            },
        };

}
