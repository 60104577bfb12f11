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
            ParseDetail.IcpLicenseCertificate or ParseDetail.IcpLicenseB2 =>
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
            ParseDetail.IcpLicenseB2 => ("A B2 license number has 8 digits.", "B2许可证号应为8位数字。"),
            _ => ("The number has too few digits: at least 6 are expected.", "编号数字过少：至少应为6位。"),
        },
        ParseErrorCode.TooManyDigits => detail switch
        {
            ParseDetail.Psb => (
                "A PSB filing number has 14 digits (12 in the legacy form).",
                "公网安备号应为14位数字（旧版为12位）。"),
            ParseDetail.IcpLicenseB2 => ("A B2 license number has 8 digits.", "B2许可证号应为8位数字。"),
            _ => ("The number has too many digits: at most 10 are expected.", "编号数字过多：最多应为10位。"),
        },
        ParseErrorCode.MissingTerminator => ("Expected '号' here.", "此处应为“号”。"),
        ParseErrorCode.BadServiceIndex => (
            "Expected a service index after '-': 1 to 6 digits, not starting with 0.",
            "“-”后应为网站序号：1至6位数字，且不以0开头。"),
        ParseErrorCode.BadSuffix => (
            "The service suffix must be A (App), X (Mini Program) or K (quick app).",
            "服务后缀应为A（App）、X（小程序）或K（快应用）。"),
        ParseErrorCode.TrailingText => detail switch
        {
            ParseDetail.IcpLicenseCertificate or ParseDetail.IcpLicenseB2 => (
                "The license number ends here; with a service index it is a filing number under the license (parse it as an ICP filing number).",
                "许可证号到此结束；带服务序号的是许可证下的备案号（请按ICP备案号解析）。"),
            _ => ("The number is complete; unexpected text follows.", "编号已完整，其后有多余内容。"),
        },
        ParseErrorCode.ProvinceMismatch => (
            "The first two digits are the code of a different province than the prefix character.",
            "前两位数字对应的省份与前缀简称不一致。"),
        ParseErrorCode.LicenseWithoutServiceIndex => (
            "This is an ICP license number; a filing number under a license needs a service index such as -1.",
            "这是ICP经营许可证号；许可证下的备案号需带服务序号，如-1。"),
        ParseErrorCode.InvalidCharacter => ("This character is not allowed here.", "此处不允许出现该字符。"),
        ParseErrorCode.WrongLength => detail switch
        {
            ParseDetail.ResidentId => ("A resident ID number has 18 characters.", "居民身份证号码应为18位。"),
            ParseDetail.CreditCode => ("A unified social credit code has 18 characters.", "统一社会信用代码应为18位。"),
            ParseDetail.TravelPermit => (
                "A travel permit number is H or M and 8 or 10 digits (Hong Kong, Macao), or 8 digits or 10 letters and digits (Taiwan).",
                "通行证号码应为H或M加8位或10位数字（港澳），或8位数字、10位字母数字（台湾）。"),
            ParseDetail.Passport => ("A passport number has 5 to 20 letters and digits.", "护照号码应为5至20位字母和数字。"),
            ParseDetail.Mobile => ("A Mainland mobile number has 11 digits.", "中国大陆手机号码应为11位数字。"),
            _ => ("The value has the wrong length.", "长度不正确。"),
        },
        ParseErrorCode.BadCheckCharacter => detail switch
        {
            ParseDetail.OrganizationCode => (
                "The organization code inside the credit code (characters 9 to 17) has a wrong check character (GB 11714).",
                "统一社会信用代码中的组织机构代码（第9至17位）校验码错误（GB 11714）。"),
            ParseDetail.CreditCode => (
                "The check character does not match (GB 32100): a character is mistyped or two are swapped.",
                "校验码不符（GB 32100）：可能有字符输错或两个字符颠倒。"),
            _ => (
                "The check character does not match (GB 11643): a digit is mistyped or two are swapped.",
                "校验码不符（GB 11643）：可能有数字输错或两个数字颠倒。"),
        },
        ParseErrorCode.InvalidDate => ("The birth date (characters 7 to 14) does not exist.", "出生日期（第7至14位）不存在。"),
        ParseErrorCode.UnknownRegion => detail switch
        {
            ParseDetail.CreditCode => (
                "Characters 3 to 8 must be the six-digit administrative division code.",
                "第3至8位应为6位行政区划代码。"),
            _ => (
                "The first two digits are not the code of a province-level region (or 81, 82, 83 for Hong Kong, Macao and Taiwan residents).",
                "前两位不是省级行政区代码（港澳台居民为81、82、83）。"),
        },
        ParseErrorCode.BadLabel => (
            "Each label of a domain name has 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen.",
            "域名的每一级应为1至63个字母、数字或连字符，且不以连字符开头或结尾。"),
        ParseErrorCode.TooLong => ("A domain name has at most 253 characters (in its ASCII form).", "域名（ASCII形式）最多253个字符。"),
        ParseErrorCode.WrongPrefix => detail switch
        {
            ParseDetail.Mobile => ("A Mainland mobile number starts with 13 to 19.", "中国大陆手机号码应以13至19开头。"),
            ParseDetail.TravelPermit => (
                "A Hong Kong or Macao permit number starts with H or M.",
                "港澳居民来往内地通行证号码应以H或M开头。"),
            ParseDetail.CreditCode => (
                "The registration authority or organization type code (characters 1 and 2) is not a valid character.",
                "登记管理部门代码或机构类别代码（第1、2位）无效。"),
            ParseDetail.DomainName => (
                "A domain name needs at least two labels and a top-level domain that is not all digits.",
                "域名至少应有两级，且顶级域不能全为数字。"),
            _ => ("The value does not start the way this kind of value does.", "开头不符合此类编号的格式。"),
        },
        ParseErrorCode.BadCountryCode => (
            "The issuing country must be an ISO 3166-1 alpha-3 code: three letters, such as CHN or USA.",
            "签发国家应为ISO 3166-1三字母代码，如CHN、USA。"),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown parse error code."),
    };
}
