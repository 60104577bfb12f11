using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using Xunit;

namespace IcpCompliance.Tests.Parsing;

public sealed class ParseResultTests
{
    [Fact]
    public void A_success_holds_the_value_and_no_error()
    {
        ParseResult<IcpFilingNumber> result = IcpFilingNumber.Parse("京ICP备12345678号-1");

        Assert.True(result.Success);
        Assert.Equal("京ICP备12345678号-1", result.Value.ToString());
        Assert.Equal(result.Value, result.GetValueOrThrow());
        Assert.True(result.TryGetValue(out IcpFilingNumber value));
        Assert.Equal(result.Value, value);
        Assert.True(result.TryGetValue(out _, out ParseError? error));
        Assert.Null(error);
        Assert.Throws<InvalidOperationException>(() => result.Error);
        Assert.Equal("京ICP备12345678号-1", result.ToString());
    }

    [Fact]
    public void Value_of_a_failure_throws_a_FormatException_that_carries_the_error()
    {
        ParseResult<IcpFilingNumber> result = IcpFilingNumber.Parse("京ICQ备12345678号");

        Assert.False(result.Success);
        ParseException thrown = Assert.Throws<ParseException>(() => result.Value);
        Assert.IsAssignableFrom<FormatException>(thrown);
        Assert.Same(result.Error, thrown.Error);
        Assert.Equal(ParseErrorCode.WrongKindMarker, thrown.Error.Code);
        Assert.Equal(1, thrown.Error.Position);
        Assert.Contains("IcpFilingNumber", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(result.Error.Message, thrown.Message, StringComparison.Ordinal);
        Assert.Same(result.Error, Assert.Throws<ParseException>(() => result.GetValueOrThrow()).Error);
    }

    [Fact]
    public void TryGetValue_of_a_failure_gives_the_error()
    {
        ParseResult<IcpFilingNumber> result = IcpFilingNumber.Parse("京ICQ备12345678号");

        Assert.False(result.TryGetValue(out _));
        Assert.False(result.TryGetValue(out IcpFilingNumber value, out ParseError? error));
        Assert.Equal(default, value);
        Assert.Same(result.Error, error);
        Assert.Equal("IcpFilingNumber not parsed: " + result.Error, result.ToString());
    }

    [Fact]
    public void Match_and_Switch_reach_the_case_held()
    {
        Assert.Equal("value", IcpFilingNumber.Parse("京ICP备12345678号").Match(_ => "value", _ => "error"));
        Assert.Equal("error", IcpFilingNumber.Parse(null).Match(_ => "value", _ => "error"));
        ParseErrorCode? seen = null;
        IcpFilingNumber.Parse(string.Empty).Switch(_ => { }, e => seen = e.Code);
        Assert.Equal(ParseErrorCode.Empty, seen);
    }

    [Fact]
    public void Results_built_for_parsers_of_ones_own_compare_by_content()
    {
        var error = new ParseError(ParseErrorCode.Empty, 0, "empty", "空");
        Assert.Equal(ParseResult<string>.ForError(error), ParseResult<string>.ForError(error));
        Assert.Equal(ParseResult<string>.ForValue("a"), ParseResult<string>.ForValue("a"));
        Assert.NotEqual(ParseResult<string>.ForValue("a"), ParseResult<string>.ForValue("b"));
        Assert.Equal("a", ParseResult<string>.ForValue("a").Value);
        Assert.Same(error, ParseResult<string>.ForError(error).Error);
        Assert.Throws<ArgumentNullException>(() => ParseResult<string>.ForError(null!));
        Assert.Throws<ArgumentNullException>(() => new ParseException(null!));
    }
}
