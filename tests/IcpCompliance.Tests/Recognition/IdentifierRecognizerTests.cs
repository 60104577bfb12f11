using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Recognition;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Recognition;

public sealed class IdentifierRecognizerTests
{
    [Theory]
    [InlineData("京ICP备12345678号-1", IdentifierKind.IcpFilingNumber)]
    [InlineData("备案号：京ICP备 12345678号", IdentifierKind.IcpFilingNumber)]
    [InlineData("粤B2-20090059-1626X", IdentifierKind.IcpFilingNumber)]
    [InlineData("粤B2-20090059", IdentifierKind.IcpLicenseNumber)]
    [InlineData("京ICP证030173号", IdentifierKind.IcpLicenseNumber)]
    [InlineData("京公网安备11010802012345号", IdentifierKind.PsbFilingNumber)]
    [InlineData("11010519491231002X", IdentifierKind.ResidentIdNumber)]
    [InlineData("91350100M000100Y43", IdentifierKind.UnifiedSocialCreditCode)]
    [InlineData("13800138000", IdentifierKind.MobileNumber)]
    [InlineData("+86 138 0013 8000", IdentifierKind.MobileNumber)]
    [InlineData("H12345678", IdentifierKind.TravelPermitNumber)]
    [InlineData("DEU C4J9K2LM7", IdentifierKind.PassportNumber)]
    [InlineData("www.example.com.cn", IdentifierKind.DomainName)]
    public void Each_kind_is_recognized_with_its_value(string text, IdentifierKind kind)
    {
        RecognitionResult result = IdentifierRecognizer.Recognize(text);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(kind, Assert.Single(result.Kinds));
        Assert.Equal(kind, result.LikeliestKind);
        Assert.Null(result.Error);
        Assert.Equal(kind is IdentifierKind.IcpFilingNumber or IdentifierKind.IcpLicenseNumber or IdentifierKind.PsbFilingNumber, result.FilingNumber is not null);
        Assert.Equal(kind == IdentifierKind.ResidentIdNumber, result.ResidentIdNumber.HasValue);
        Assert.Equal(kind == IdentifierKind.UnifiedSocialCreditCode, result.UnifiedSocialCreditCode.HasValue);
        Assert.Equal(kind == IdentifierKind.MobileNumber, result.MobileNumber.HasValue);
        Assert.Equal(kind == IdentifierKind.TravelPermitNumber, result.TravelPermitNumber.HasValue);
        Assert.Equal(kind == IdentifierKind.PassportNumber, result.PassportNumber.HasValue);
        Assert.Equal(kind == IdentifierKind.DomainName, result.DomainName.HasValue);
    }

    [Theory]
    [InlineData("110105194912310021", IdentifierKind.ResidentIdNumber, ParseErrorCode.BadCheckCharacter)]
    [InlineData("91350100M000100Y44", IdentifierKind.UnifiedSocialCreditCode, ParseErrorCode.BadCheckCharacter)]
    [InlineData("23800138000", IdentifierKind.MobileNumber, null)]
    [InlineData("exa_mple.com", IdentifierKind.DomainName, null)]
    [InlineData("例子..com", IdentifierKind.DomainName, null)]
    [InlineData("京ICP备202101234567号-1", IdentifierKind.IcpFilingNumber, ParseErrorCode.TooManyDigits)]
    [InlineData("京ICP备12345678号.", IdentifierKind.IcpFilingNumber, null)]
    [InlineData("", IdentifierKind.IcpFilingNumber, ParseErrorCode.Empty)]
    public void Text_that_is_no_kind_gets_the_error_of_the_kind_it_resembles(string text, IdentifierKind likeliest, ParseErrorCode? code)
    {
        RecognitionResult result = IdentifierRecognizer.Recognize(text);

        Assert.False(result.IsRecognized);
        Assert.Empty(result.Kinds);
        Assert.Equal(likeliest, result.LikeliestKind);
        ParseError error = Assert.IsType<ParseError>(result.Error);
        Assert.Equal(OwnError(likeliest, text, ParseMode.Lenient), error);
        if (code is { } expected)
        {
            Assert.Equal(expected, error.Code);
        }
    }

    [Fact]
    public void An_id_number_that_also_passes_the_credit_codes_check_is_both()
    {
        // Found by search: a valid resident ID number (Shanghai Huangpu, born 1977-08-13) whose 18 digits also pass
        // GB 32100's checks, so a form's unlabelled text cannot be told apart by its digits alone.
        RecognitionResult result = IdentifierRecognizer.Recognize("310101197708130836");

        Assert.Equal([IdentifierKind.ResidentIdNumber, IdentifierKind.UnifiedSocialCreditCode], result.Kinds.ToArray());
        Assert.Equal(IdentifierKind.ResidentIdNumber, result.LikeliestKind);
        Assert.Equal(new NodaTime.LocalDate(1977, 8, 13), result.ResidentIdNumber!.Value.BirthDate);
        Assert.Equal("310101197708130836", result.UnifiedSocialCreditCode!.Value.ToString());
    }

    [Fact]
    public void Null_is_the_empty_text()
    {
        RecognitionResult result = IdentifierRecognizer.Recognize(null);
        Assert.Equal(ParseErrorCode.Empty, result.Error?.Code);
        Assert.Equal(IdentifierRecognizer.Recognize(string.Empty).ToString(), result.ToString());
    }

    [Fact]
    public void Strict_mode_is_passed_to_every_parser()
    {
        Assert.True(IdentifierRecognizer.Recognize("京icp备12345678号").IsRecognized);
        RecognitionResult strict = IdentifierRecognizer.Recognize("京icp备12345678号", ParseMode.Strict);
        Assert.False(strict.IsRecognized);
        Assert.Equal(ParseErrorCode.WrongKindMarker, strict.Error?.Code);
    }

    [Fact]
    public void Pilot_credit_codes_are_accepted_by_default_and_refused_without_the_options()
    {
        string pilot = UnifiedSocialCreditCodeOptions.KnownPilotCodes[0];
        Assert.Equal(IdentifierKind.UnifiedSocialCreditCode, Assert.Single(IdentifierRecognizer.Recognize(pilot).Kinds));
        RecognitionResult without = IdentifierRecognizer.Recognize(pilot, ParseMode.Lenient, null);
        Assert.False(without.IsRecognized);
        Assert.Equal(ParseErrorCode.BadCheckCharacter, without.Error?.Code);
    }

    [Property(MaxTest = 3_000 / Cases.Divisor, Arbitrary = [typeof(RecognitionArbitraries)])]
    public void Kinds_are_exactly_the_parsers_that_accept_the_text_and_the_error_is_the_likeliest_kinds(string text, bool strict)
    {
        ParseMode mode = strict ? ParseMode.Strict : ParseMode.Lenient;
        RecognitionResult result = IdentifierRecognizer.Recognize(text, mode);

        var accepted = new List<IdentifierKind>();
        if (FilingNumber.TryParse(text, mode, out FilingNumber? filing))
        {
            accepted.Add((IdentifierKind)(int)filing.Kind);
            Assert.Equal(filing, result.FilingNumber);
        }

        Check(ResidentIdNumber.TryParse(text, mode, out ResidentIdNumber id), id, result.ResidentIdNumber, IdentifierKind.ResidentIdNumber, accepted);
        Check(UnifiedSocialCreditCode.TryParse(text, mode, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted, out UnifiedSocialCreditCode code), code, result.UnifiedSocialCreditCode, IdentifierKind.UnifiedSocialCreditCode, accepted);
        Check(MobileNumber.TryParse(text, mode, out MobileNumber mobile), mobile, result.MobileNumber, IdentifierKind.MobileNumber, accepted);
        Check(TravelPermitNumber.TryParse(text, mode, out TravelPermitNumber permit), permit, result.TravelPermitNumber, IdentifierKind.TravelPermitNumber, accepted);
        Check(PassportNumber.TryParse(text, mode, out PassportNumber passport), passport, result.PassportNumber, IdentifierKind.PassportNumber, accepted);
        Check(DomainName.TryParse(text, mode, out DomainName domain), domain, result.DomainName, IdentifierKind.DomainName, accepted);

        Assert.Equal(accepted, result.Kinds);
        if (accepted.Count > 0)
        {
            Assert.Equal(accepted[0], result.LikeliestKind);
            Assert.Null(result.Error);
        }
        else
        {
            Assert.Equal(OwnError(result.LikeliestKind, text, mode), result.Error);
        }
    }

    private static void Check<T>(bool parsed, T value, T? recognized, IdentifierKind kind, List<IdentifierKind> accepted)
        where T : struct
    {
        Assert.Equal(parsed ? value : null, recognized);
        if (parsed)
        {
            accepted.Add(kind);
        }
    }

    private static ParseError OwnError(IdentifierKind kind, string text, ParseMode mode) => kind switch
    {
        IdentifierKind.ResidentIdNumber => ResidentIdNumber.Parse(text, mode).Error,
        IdentifierKind.UnifiedSocialCreditCode => UnifiedSocialCreditCode.Parse(text, mode, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted).Error,
        IdentifierKind.MobileNumber => MobileNumber.Parse(text, mode).Error,
        IdentifierKind.TravelPermitNumber => TravelPermitNumber.Parse(text, mode).Error,
        IdentifierKind.PassportNumber => PassportNumber.Parse(text, mode).Error,
        IdentifierKind.DomainName => DomainName.Parse(text, mode).Error,
        _ => FilingNumber.Parse(text, mode).Error,
    };
}

/// <summary>Texts of every kind, their near misses (one character changed, dropped or doubled) and random text.</summary>
public static class RecognitionArbitraries
{
    public static Arbitrary<string> Text()
    {
        Gen<string> valid = Gen.OneOf(
            NumberGenerators.IcpFilingNumberGen.Select(n => n.ToString()),
            NumberGenerators.IcpLicenseNumberGen.Select(n => n.ToString()),
            NumberGenerators.PsbFilingNumberGen.Select(n => n.ToString()),
            IdentityGenerators.ResidentIdNumberGen.Select(n => n.ToString()),
            IdentityGenerators.UnifiedSocialCreditCodeGen.Select(n => n.ToString()),
            IdentityGenerators.MobileNumberGen.Select(n => n.ToString()),
            IdentityGenerators.TravelPermitNumberGen.Select(n => n.ToString()),
            IdentityGenerators.PassportNumberGen.Select(n => n.ToString()),
            IdentityGenerators.DomainNameGen.Select(n => n.ToString()));
        Gen<string> nearMiss =
            from text in valid
            from at in Gen.Choose(0, Math.Max(0, text.Length - 1))
            from edit in Gen.Choose(0, 2)
            from c in Gen.Elements("0123456789XAKB.-号 ICP备公网安京粤".ToCharArray())
            select text.Length == 0 ? text : edit switch
            {
                0 => text[..at] + c + text[(at + 1)..],
                1 => text.Remove(at, 1),
                _ => text.Insert(at, c.ToString()),
            };
        return Gen.Frequency((4, valid), (4, nearMiss), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))).ToArbitrary();
    }
}
