using IcpCompliance.Calendar;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using NodaTime;

namespace IcpCompliance.Tests.Readme;

/// <summary>
/// The README's C# snippets, compiled and run. <see cref="ReadmeSnippetsTests"/> fails when a snippet in README.md
/// is not found here word for word, so the README cannot show code that does not compile.
/// </summary>
public sealed class ReadmeExamples
{
    [Fact]
    public void Parse_a_filing_number()
    {
        // README: parse
        var result = IcpFilingNumber.Parse("京ICP备 12345678号-1", ParseMode.Lenient);
        string text = result.Match(
            number => $"{number.Province.EnglishName}, site {number.ServiceIndex}: {number}",
            error => $"{error.Code} at {error.Position}: {error.Message}");
        // text == "Beijing, site 1: 京ICP备12345678号-1"
        // END README

        Assert.Equal("Beijing, site 1: 京ICP备12345678号-1", text);
    }

    [Fact]
    public void Errors_say_where()
    {
        // README: errors
        ParseError error = PsbFilingNumber.Parse("京公网安备44010802012345号").Error;
        // error.Code == ParseErrorCode.ProvinceMismatch, error.Position == 5
        // error.MessageChinese == "前两位数字对应的省份与前缀简称不一致。"
        // END README

        Assert.Equal((ParseErrorCode.ProvinceMismatch, 5), (error.Code, error.Position));
        Assert.Equal("前两位数字对应的省份与前缀简称不一致。", error.MessageChinese);
    }

    [Fact]
    public void Recognize_any_number()
    {
        // README: any
        var kind = FilingNumber.Parse("粤B2-20090059-1626X").Match(n => n.Kind, _ => default);
        // kind == FilingNumberKind.IcpFiling: a Mini Program (X) filed under Tencent's B2 license
        // END README

        Assert.Equal(FilingNumberKind.IcpFiling, kind);
    }

    [Fact]
    public void Render_a_footer()
    {
        // README: footer
        var footer = FooterRenderer.Render(new FooterContent(IcpFilingNumber.Parse("粤ICP备2021150097号-1").Value));
        string shown = footer.Match(f => f.DisplayedNumber.ToString(), elsewhere => "", refused => "");
        // shown == "粤ICP备2021150097号"
        // END README

        Assert.Equal("粤ICP备2021150097号", shown);
    }

    [Fact]
    public void Count_working_days()
    {
        // README: calendar
        LocalDate due = ChinaWorkingCalendar.Default.AddWorkingDays(new LocalDate(2024, 9, 30), 5);
        // due == 2024-10-12, a Saturday made a working day after the National Day week
        // END README

        Assert.Equal(new LocalDate(2024, 10, 12), due);
    }
}
