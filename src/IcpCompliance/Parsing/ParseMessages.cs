using System;

namespace IcpCompliance.Parsing;

/// <summary>Every parse message template, in English and Chinese, in one place.</summary>
internal static class ParseMessages
{
    internal static ParseError Create(ParseFailure failure)
    {
        var (en, zh) = Texts(failure.Code, failure.Detail);
        return new ParseError(failure.Code, failure.Position, en, zh);
    }

    private static (string English, string Chinese) Texts(ParseErrorCode code, ParseDetail detail) => code switch
    {
        ParseErrorCode.Empty => ("The input is empty.", "输入为空。"),
        ParseErrorCode.UnknownProvince => (
            "Expected the abbreviation of a province-level region (such as 京, 沪 or 粤).",
            "应为省级行政区简称（如京、沪、粤）。"),
        ParseErrorCode.WrongKindMarker => detail switch
        {
            ParseDetail.IcpFiling => ("Expected 'ICP备' after the province character.", "省份简称后应为“ICP备”。"),
            ParseDetail.IcpLicenceCertificate or ParseDetail.IcpLicenceB2 =>
                ("Expected 'ICP证' or 'B2-' after the province character.", "省份简称后应为“ICP证”或“B2-”。"),
            ParseDetail.Psb => ("Expected '公网安备' after the province character.", "省份简称后应为“公网安备”。"),
            ParseDetail.LooksLikePsb => (
                "This is a PSB filing number (公网安备), not an ICP number.",
                "这是公安联网备案号（公网安备），不是ICP编号。"),
            ParseDetail.LooksLikeIcp => (
                "This is an ICP number, not a PSB filing number (公网安备).",
                "这是ICP编号，不是公安联网备案号（公网安备）。"),
            _ => (
                "Expected 'ICP备', 'ICP证', 'B2-' or '公网安备' after the province character.",
                "省份简称后应为“ICP备”“ICP证”“B2-”或“公网安备”。"),
        },
        ParseErrorCode.DigitsMissing => ("Expected digits here.", "此处应为数字。"),
        ParseErrorCode.TooFewDigits => detail switch
        {
            ParseDetail.Psb => (
                "A PSB filing number has 14 digits (12 in the legacy form).",
                "公网安备号应为14位数字（旧版为12位）。"),
            ParseDetail.IcpLicenceB2 => ("A B2 licence number has 8 digits.", "B2许可证号应为8位数字。"),
            _ => ("The number has too few digits: at least 6 are expected.", "编号数字过少：至少应为6位。"),
        },
        ParseErrorCode.TooManyDigits => detail switch
        {
            ParseDetail.Psb => (
                "A PSB filing number has 14 digits (12 in the legacy form).",
                "公网安备号应为14位数字（旧版为12位）。"),
            ParseDetail.IcpLicenceB2 => ("A B2 licence number has 8 digits.", "B2许可证号应为8位数字。"),
            _ => ("The number has too many digits: at most 10 are expected.", "编号数字过多：最多应为10位。"),
        },
        ParseErrorCode.MissingTerminator => ("Expected '号' here.", "此处应为“号”。"),
        ParseErrorCode.BadSiteIndex => (
            "Expected a site index after '-': 1 to 6 digits, not starting with 0.",
            "“-”后应为网站序号：1至6位数字，且不以0开头。"),
        ParseErrorCode.BadSuffix => (
            "The service suffix must be A (App), X (Mini Program) or K (quick app).",
            "服务后缀应为A（App）、X（小程序）或K（快应用）。"),
        ParseErrorCode.TrailingText => detail switch
        {
            ParseDetail.IcpLicenceCertificate or ParseDetail.IcpLicenceB2 => (
                "The licence number ends here; with a service index it is a filing number under the licence (parse it as an ICP filing number).",
                "许可证号到此结束；带服务序号的是许可证下的备案号（请按ICP备案号解析）。"),
            _ => ("The number is complete; unexpected text follows.", "编号已完整，其后有多余内容。"),
        },
        ParseErrorCode.ProvinceMismatch => (
            "The first two digits are the code of a different province than the prefix character.",
            "前两位数字对应的省份与前缀简称不一致。"),
        ParseErrorCode.LicenceWithoutServiceIndex => (
            "This is an ICP licence number; a filing number under a licence needs a service index such as -1.",
            "这是ICP经营许可证号；许可证下的备案号需带服务序号，如-1。"),
        ParseErrorCode.InvalidCharacter => ("This character is not allowed here.", "此处不允许出现该字符。"),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown parse error code."),
    };
}
