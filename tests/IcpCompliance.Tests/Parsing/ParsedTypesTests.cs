using System;
using System.Collections.Generic;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Parsing;

/// <summary>
/// The laws every parsed type keeps through the .NET interfaces (<see cref="ISpanParsable{TSelf}"/>,
/// <see cref="ISpanFormattable"/>, <see cref="IUtf8SpanFormattable"/>) and its own overloads, checked by one generic
/// method over all of them: format then parse gives the value back, TryParse agrees with Parse, the interfaces'
/// Parse throws a <see cref="ParseException"/> carrying the same error as the type's Parse, UTF-8 formatting is the
/// UTF-16 text encoded, and a destination one unit too small gives false.
/// </summary>
public sealed class ParsedTypesTests
{
    private static readonly Dictionary<string, string[]> Canonical = new()
    {
        [nameof(IcpFilingNumber)] = ["京ICP备12345678号-1", "京ICP备12345678号", "陕ICP备2024026116号-1A", "粤B2-20090059-1626X", "京ICP证030173号-1"],
        [nameof(IcpLicenseNumber)] = ["京ICP证030173号", "粤B2-20090059"],
        [nameof(PsbFilingNumber)] = ["京公网安备11010502000001号", "京公网安备11010802012345号"],
        [nameof(FilingNumber)] = ["京ICP备12345678号-1", "京ICP证030173号", "京公网安备11010502000001号"],
        [nameof(ResidentIdNumber)] = ["11010519491231002X"],
        [nameof(UnifiedSocialCreditCode)] = ["91350100M000100Y43"],
        [nameof(MobileNumber)] = ["13812345678"],
        [nameof(TravelPermitNumber)] = ["H12345678", "M12345678"],
        [nameof(PassportNumber)] = ["CHN E12345678"],
        [nameof(DomainName)] = ["www.example.com.cn", "xn--fsqu00a.xn--fiqs8s"],
    };

    // Near misses: empty, spaces, lower case, a wrong character, cut short, trailing text, damage.
    private static readonly string[] NotCanonical =
        ["", " ", "京ICP备12345678号-", "京ICQ备12345678号", "京公网安备1101050200000号", "1101051949123100", "91350100m000100y43",
         "1381234567", "H1234567", "chn E12345678", "WWW.example.com", "-a.cn", "京ICP备12345678号-1 x", "\0", "\uFFFD"];

    public static TheoryData<string> TypeNames() => new(Canonical.Keys);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Every_parsed_type_keeps_the_parsing_and_formatting_laws(string typeName)
    {
        foreach (string text in Canonical[typeName])
        {
            For(typeName, text, expectCanonical: true);
        }

        // Most of these are no value of any type (a ten-digit text is a travel permit number): the laws are checked
        // for whatever each type makes of them.
        foreach (string text in NotCanonical)
        {
            For(typeName, text, expectCanonical: null);
        }
    }

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public void Every_parsed_type_keeps_the_laws_on_mutated_text(NonNegativeInt which, NonNegativeInt at, char inserted, bool delete)
    {
        string[] names = [.. Canonical.Keys];
        string typeName = names[which.Get % names.Length];
        string[] samples = Canonical[typeName];
        string sample = samples[at.Get % samples.Length];
        int position = at.Get % (sample.Length + 1);
        string text = delete && position < sample.Length ? sample.Remove(position, 1) : sample.Insert(position, inserted.ToString());
        For(typeName, text, expectCanonical: null);
    }

    [Fact]
    public void The_interfaces_refuse_null_as_the_BCL_parsers_do()
    {
        Assert.Throws<ArgumentNullException>(() => ParseThroughInterface<IcpFilingNumber>(null!));
        Assert.False(TryParseThroughInterface(null, out IcpFilingNumber _));
        Assert.False(TryParseThroughInterface(null, out FilingNumber? _));
    }

    [Fact]
    public void A_format_other_than_the_canonical_one_is_refused()
    {
        IUtf8SpanFormattable value = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;
        Assert.Throws<FormatException>(() => value.TryFormat(new byte[64], out _, "X", null));
        Assert.True(value.TryFormat(new byte[64], out int written, "G", null));
        Assert.Equal(Encoding.UTF8.GetByteCount("京ICP备12345678号-1"), written);
    }

    private static void For(string typeName, string text, bool? expectCanonical)
    {
        switch (typeName)
        {
            case nameof(IcpFilingNumber): Check(text, expectCanonical, t => IcpFilingNumber.Parse(t), (string t, out ParseError? e) => IcpFilingNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(IcpLicenseNumber): Check(text, expectCanonical, t => IcpLicenseNumber.Parse(t), (string t, out ParseError? e) => IcpLicenseNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(PsbFilingNumber): Check(text, expectCanonical, t => PsbFilingNumber.Parse(t), (string t, out ParseError? e) => PsbFilingNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(FilingNumber): Check(text, expectCanonical, t => FilingNumber.Parse(t), (string t, out ParseError? e) => FilingNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(ResidentIdNumber): Check(text, expectCanonical, t => ResidentIdNumber.Parse(t), (string t, out ParseError? e) => ResidentIdNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(UnifiedSocialCreditCode): Check(text, expectCanonical, t => UnifiedSocialCreditCode.Parse(t), (string t, out ParseError? e) => UnifiedSocialCreditCode.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(MobileNumber): Check(text, expectCanonical, t => MobileNumber.Parse(t), (string t, out ParseError? e) => MobileNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(TravelPermitNumber): Check(text, expectCanonical, t => TravelPermitNumber.Parse(t), (string t, out ParseError? e) => TravelPermitNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(PassportNumber): Check(text, expectCanonical, t => PassportNumber.Parse(t), (string t, out ParseError? e) => PassportNumber.TryParse(t, ParseMode.Strict, out _, out e)); break;
            case nameof(DomainName): Check(text, expectCanonical, t => DomainName.Parse(t), (string t, out ParseError? e) => DomainName.TryParse(t, ParseMode.Strict, out _, out e)); break;
            default: throw new ArgumentOutOfRangeException(nameof(typeName), typeName, "not a parsed type");
        }
    }

    private delegate bool TryWithError(string text, out ParseError? error);

    private static void Check<T>(string text, bool? expectCanonical, Func<string, ParseResult<T>> parse, TryWithError tryWithError)
        where T : ISpanParsable<T>, ISpanFormattable, IUtf8SpanFormattable, IEquatable<T>
    {
        ParseResult<T> result = parse(text);
        ParseResult<T> fromSpan = ParseSpan(parse, text);
        Assert.Equal(result, fromSpan);
        if (expectCanonical is { } expected)
        {
            Assert.True(expected == result.Success, $"{typeof(T).Name} '{text}': {result}");
        }

        // TryParse (the interfaces', the span one and the one with the error) agrees with Parse.
        Assert.Equal(result.Success, TryParseThroughInterface(text, out T? fromString));
        Assert.Equal(result.Success, T.TryParse(text.AsSpan(), null, out T? fromChars));
        Assert.Equal(result.Success, tryWithError(text, out ParseError? error));
        if (!result.Success)
        {
            Assert.Equal(result.Error, error);
            ParseException thrown = Assert.Throws<ParseException>(() => ParseThroughInterface<T>(text));
            Assert.Equal(result.Error, thrown.Error);
            Assert.Equal(result.Error, Assert.Throws<ParseException>(() => T.Parse(text.AsSpan(), null)).Error);
            return;
        }

        T value = result.Value;
        Assert.Null(error);
        Assert.Equal(value, fromString);
        Assert.Equal(value, fromChars);
        Assert.Equal(value, ParseThroughInterface<T>(text));

        // Format then parse, through the interfaces only, gives the value back; ToString is the same text.
        Span<char> chars = stackalloc char[300];
        Assert.True(value.TryFormat(chars, out int charsWritten, default, null));
        string formatted = chars[..charsWritten].ToString();
        Assert.Equal(value.ToString(), formatted);
        Assert.Equal(value, T.Parse(formatted.AsSpan(), null));

        // UTF-8 is the UTF-16 text encoded.
        Span<byte> bytes = stackalloc byte[1200];
        Assert.True(value.TryFormat(bytes, out int bytesWritten, default, null));
        Assert.Equal(Encoding.UTF8.GetBytes(formatted), bytes[..bytesWritten].ToArray());

        // A destination one unit too small is refused, not written past, in both encodings.
        Assert.False(value.TryFormat(chars[..(charsWritten - 1)], out _, default, null));
        Assert.False(value.TryFormat(bytes[..(bytesWritten - 1)], out int none, default, null));
        Assert.Equal(0, none);
    }

    private static ParseResult<T> ParseSpan<T>(Func<string, ParseResult<T>> parse, string text)
        where T : notnull
        => typeof(T).Name switch
        {
            nameof(IcpFilingNumber) => (ParseResult<T>)(object)IcpFilingNumber.Parse(text.AsSpan()),
            nameof(IcpLicenseNumber) => (ParseResult<T>)(object)IcpLicenseNumber.Parse(text.AsSpan()),
            nameof(PsbFilingNumber) => (ParseResult<T>)(object)PsbFilingNumber.Parse(text.AsSpan()),
            nameof(FilingNumber) => (ParseResult<T>)(object)FilingNumber.Parse(text.AsSpan()),
            nameof(ResidentIdNumber) => (ParseResult<T>)(object)ResidentIdNumber.Parse(text.AsSpan()),
            nameof(UnifiedSocialCreditCode) => (ParseResult<T>)(object)UnifiedSocialCreditCode.Parse(text.AsSpan()),
            nameof(MobileNumber) => (ParseResult<T>)(object)MobileNumber.Parse(text.AsSpan()),
            nameof(TravelPermitNumber) => (ParseResult<T>)(object)TravelPermitNumber.Parse(text.AsSpan()),
            nameof(PassportNumber) => (ParseResult<T>)(object)PassportNumber.Parse(text.AsSpan()),
            nameof(DomainName) => (ParseResult<T>)(object)DomainName.Parse(text.AsSpan()),
            _ => parse(text),
        };

    private static T ParseThroughInterface<T>(string text)
        where T : IParsable<T>
        => T.Parse(text, null);

    private static bool TryParseThroughInterface<T>(string? text, out T? value)
        where T : IParsable<T>
        => T.TryParse(text, null, out value);
}
