using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

/// <summary>The number finder reads each candidate once, taking the longest valid prefix the readers give; it finds
/// exactly what trying every candidate end with the parser finds (<see cref="EndByEndNumberFinder"/>).</summary>
public sealed class NumberFinderTests
{
    private static readonly char[] Provinces = [.. Province.All.SelectMany(p => p.Characters).Distinct()];

    /// <summary>The pieces numbers and near misses are made of, in every lenient spelling: markers, digits runs of
    /// every length around the limits, 号, dashes (also full-width and typographic), suffix letters and words,
    /// spaces, damage, and the text that follows a footer number.</summary>
    private static readonly string[] Pieces =
    [
        "ICP", "icp", "ＩＣＰ", "I C P", "B2", "b2", "Ｂ２", "公网安备", "备", "证", "备案", "号", " 号", "-", "－", "—", " - ",
        "0", "1", "12", "123456", "1234567", "12345678", "123456789", "1234567890", "12345678901", "２０２１",
        "11010802012345", "110108020123", "44010802012345", "110108020123456",
        "A", "X", "K", "a", "B", "Z", "pple", "ll rights", " ", "\u3000", "\u00A0", "\0", "\uFFFD", "号-1", "号-0",
        "-5号", "2024", "京", "粤",
    ];

    private static readonly Gen<string> Candidate =
        from province in Gen.Elements(Provinces)
        from pieces in Gen.ListOf(Gen.Elements(Pieces))
        select province + string.Concat(pieces);

    /// <summary>Well-formed numbers with one thing changed: a near miss of each kind, or a number with text after it.</summary>
    private static readonly Gen<string> NearMiss =
        from number in Gen.Elements(
            "京ICP备12345678号-1", "粤B2-20090059-5", "京ICP证030173号", "京ICP证030173号-1", "滇ICP备09010050-5号",
            "京公网安备11010802012345号", "京公网安备110108020123号", "京ICP备12345678号-2A", "粤B2-20090059")
        from at in Gen.Choose(1, 30)
        from change in Gen.Elements("", "0", "1", "-", "-0", "号", "A", "Apple", " ", "\0", "\uFFFD", "备案", "京ICP备1号", "-12", "2")
        from cut in Gen.Elements(true, false)
        let place = Math.Min(at, number.Length)
        select cut ? number[..place] + change : number[..place] + change + number[place..];

    [Property(MaxTest = 20_000 / Cases.Divisor)]
    public Property The_longest_valid_prefix_is_the_number_trying_every_end_finds()
        => Prop.ForAll(Gen.OneOf(Candidate, NearMiss).ToArbitrary(), text => Same(text));

    [Theory]
    [InlineData("京ICP备12345678号-1 All rights reserved", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678号-1Apple", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678号-1A", "京ICP备12345678号-1A")]
    [InlineData("京ICP备12345678号2024", "京ICP备12345678号")]
    [InlineData("滇ICP备09010050-5号", "滇ICP备09010050号-5")]
    [InlineData("粤B2-20090059 号", "粤B2-20090059")]
    [InlineData("粤B2-20090059-5", "粤B2-20090059-5")]
    [InlineData("京ICP证030173号", "京ICP证030173号")]
    [InlineData("京公网安备11010802012345", "京公网安备11010802012345号")]
    [InlineData("京 ｉｃｐ 备 １２３４５６７８ 号 － １", "京ICP备12345678号-1")]
    public void A_number_is_read_once_up_to_its_longest_valid_end(string text, string expected)
    {
        Assert.Equal(NumberFinder.Outcome.Number, NumberFinder.Read(text, out FilingNumber? number, out _, out _, out _));
        Assert.Equal(expected, number!.ToString());
        Same(text);
    }

    [Theory]
    [InlineData("京ICP备12345678号-0", ParseErrorCode.BadServiceIndex)]
    [InlineData("京ICP备202101234567号-1", ParseErrorCode.TooManyDigits)]
    [InlineData("京ICP备案1004644", ParseErrorCode.DigitsMissing)]
    [InlineData("京公网安备44010802012345号", ParseErrorCode.ProvinceMismatch)]
    [InlineData("京ICP备1234\05678号", ParseErrorCode.TooFewDigits)]
    public void A_near_miss_is_found_as_before_with_its_error(string text, ParseErrorCode code)
    {
        Assert.Equal(NumberFinder.Outcome.NearMiss, NumberFinder.Read(text, out _, out _, out ParseError? error, out _));
        Assert.Equal(code, error!.Code);
        Same(text);
    }

    [Fact]
    public void The_readers_give_every_valid_prefix_shortest_first()
    {
        var prefixes = default(NumberPrefixes<IcpNumberParts>);
        ParseFailure failure = IcpNumberReader.ReadPrefixes("京ICP备12345678号-1A号x", ref prefixes);
        Assert.Equal(ParseErrorCode.TrailingText, failure.Code);
        string[] numbers = [.. Enumerable.Range(0, prefixes.Count).Select(k => IcpNumberReader.ToFilingNumber(prefixes.Read(k)).ToString())];
        Assert.Equal(["京ICP备12345678号", "京ICP备12345678号", "京ICP备12345678号-1", "京ICP备12345678号-1A"], numbers);
        Assert.Equal([13, 14, 16, 17], Enumerable.Range(0, prefixes.Count).Select(prefixes.End));

        var psb = default(NumberPrefixes<PsbFilingNumber>);
        Assert.False(PsbFilingNumber.ReadPrefixes("京公网安备11010802012345 号", ref psb).IsFailure);
        Assert.Equal([19, 21], Enumerable.Range(0, psb.Count).Select(psb.End));
    }

    private static bool Same(string text)
    {
        NumberFinder.Outcome outcome = NumberFinder.Read(text, out FilingNumber? number, out int end, out ParseError? error, out bool psb);
        NumberFinder.Outcome expected = EndByEndNumberFinder.Read(text, out FilingNumber? expectedNumber, out int expectedEnd, out ParseError? expectedError, out bool expectedPsb);
        Assert.Equal((expected, expectedNumber?.ToString(), expectedEnd, expectedError?.Code, expectedError?.Position, expectedPsb), (outcome, number?.ToString(), end, error?.Code, error?.Position, psb));
        return true;
    }
}
