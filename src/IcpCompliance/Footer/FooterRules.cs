using System.Collections.Immutable;

namespace IcpCompliance.Footer;

/// <summary>
/// The catalogue of footer checks that <see cref="FooterInspector"/> applies. Ids are stable: 01xx the ICP number's
/// link, 02xx the PSB number, 03xx the expected numbers and the display rule, 04xx where a number is,
/// 05xx text that looks like a number but is none.
/// </summary>
/// <remarks>What each rule means and its source: <c>docs/footer.md</c>.</remarks>
public static class FooterRules
{
    /// <summary>FTR0101: an ICP filing number is shown without a link to the MIIT filing system.</summary>
    public static FooterRule IcpNumberNotLinked { get; } = new("FTR0101", FooterSeverity.Error, "ICP filing number is not linked to the MIIT filing system", "ICP备案号未链接到工信部备案管理系统");

    /// <summary>FTR0102: an ICP number links to a retired address of the MIIT filing system.</summary>
    public static FooterRule IcpLinkRetired { get; } = new("FTR0102", FooterSeverity.Error, "ICP filing number links to a retired MIIT address", "ICP备案号链接到已停用的工信部备案网址");

    /// <summary>FTR0103: an ICP number links somewhere other than the MIIT filing system.</summary>
    public static FooterRule IcpLinkWrong { get; } = new("FTR0103", FooterSeverity.Error, "ICP filing number links to an address other than the MIIT filing system", "ICP备案号链接的不是工信部备案管理系统");

    /// <summary>FTR0201: a PSB filing number is shown without a link to its record.</summary>
    public static FooterRule PsbNumberNotLinked { get; } = new("FTR0201", FooterSeverity.Warning, "PSB filing number is not linked to its record", "公安备案号未链接到备案信息");

    /// <summary>FTR0202: a PSB number links to its record on the retired portal (www.beian.gov.cn).</summary>
    public static FooterRule PsbLinkLegacy { get; } = new("FTR0202", FooterSeverity.Warning, "PSB filing number links to the retired PSB portal", "公安备案号链接到旧版公安备案网站");

    /// <summary>FTR0203: a PSB number links to the record of a different number. A warning, as every PSB display
    /// finding: the sources carry the PSB number's display from practice, not from a regulation's text.</summary>
    public static FooterRule PsbLinkCodeMismatch { get; } = new("FTR0203", FooterSeverity.Warning, "PSB link's record code differs from the number shown", "公安备案链接中的备案编号与显示的备案号不一致");

    /// <summary>FTR0204: a PSB number links somewhere other than its record on the PSB platform.</summary>
    public static FooterRule PsbLinkWrong { get; } = new("FTR0204", FooterSeverity.Warning, "PSB filing number does not link to its record on the PSB platform", "公安备案号未链接到全国互联网安全管理服务平台上的备案信息");

    /// <summary>FTR0205: a PSB number has the legacy 12-digit form.</summary>
    public static FooterRule PsbNumberLegacy { get; } = new("FTR0205", FooterSeverity.Info, "PSB filing number has the legacy 12-digit form; the national platform issues 14 digits", "公安备案号为旧版12位格式，全国平台现发放14位备案号");

    /// <summary>FTR0301: the expected ICP number is not on the page.</summary>
    public static FooterRule ExpectedIcpNumberMissing { get; } = new("FTR0301", FooterSeverity.Error, "Expected ICP filing number is not shown", "页面未显示应有的ICP备案号");

    /// <summary>FTR0302: the page shows an ICP number other than the expected one.</summary>
    public static FooterRule UnexpectedIcpNumber { get; } = new("FTR0302", FooterSeverity.Error, "Page shows a different ICP filing number", "页面显示的ICP备案号与应有的不一致");

    /// <summary>FTR0303: a Guangdong site shows its service number where the subject's number is to be shown.</summary>
    public static FooterRule GuangdongShowsServiceNumber { get; } = new("FTR0303", FooterSeverity.Warning, "Guangdong site shows its service number; Guangdong sites show the subject's number", "广东网站显示了网站备案号；广东网站应显示主体备案号");

    /// <summary>FTR0304: a site outside Guangdong shows only its subject's number, not its own.</summary>
    public static FooterRule ShowsOnlySubjectNumber { get; } = new("FTR0304", FooterSeverity.Error, "Site outside Guangdong shows only the subject's number; it must show its own number with -n", "广东以外的网站只显示了主体备案号；应显示带-n的网站备案号");

    /// <summary>FTR0305: the expected PSB number is not on the page. A warning a user can raise: the sources carry
    /// the PSB number's display from practice, not from a regulation's text.</summary>
    public static FooterRule ExpectedPsbNumberMissing { get; } = new("FTR0305", FooterSeverity.Warning, "Expected PSB filing number is not shown", "页面未显示应有的公安备案号");

    /// <summary>FTR0306: the page shows a PSB number other than the expected one. A warning a user can raise, for
    /// the same reason as <see cref="ExpectedPsbNumberMissing"/>.</summary>
    public static FooterRule UnexpectedPsbNumber { get; } = new("FTR0306", FooterSeverity.Warning, "Page shows a different PSB filing number", "页面显示的公安备案号与应有的不一致");

    /// <summary>FTR0307: the expected ICP Commercial License number is not on the page.</summary>
    public static FooterRule ExpectedLicenseNumberMissing { get; } = new("FTR0307", FooterSeverity.Warning, "Expected ICP Commercial License number is not shown", "页面未显示应有的ICP经营许可证编号");

    /// <summary>FTR0308: the page shows no ICP filing or license number at all.</summary>
    public static FooterRule NoIcpNumber { get; } = new("FTR0308", FooterSeverity.Error, "Page shows no ICP filing number", "页面未显示ICP备案号");

    /// <summary>FTR0309: the page shows an ICP Commercial License number but no ICP filing number.</summary>
    public static FooterRule OnlyLicenseNumber { get; } = new("FTR0309", FooterSeverity.Warning, "Page shows an ICP Commercial License number but no ICP filing number", "页面显示了ICP经营许可证编号，但未显示ICP备案号");

    /// <summary>FTR0310: the page shows ICP numbers of two or more subjects (two <c>ICP备</c> subject numbers, or two
    /// licenses), usually a footer copied from another site. No source forbids it, so it is a warning a user can
    /// raise; a license beside the holder's <c>ICP备</c> number is not two subjects.</summary>
    public static FooterRule NumbersOfTwoSubjects { get; } = new("FTR0310", FooterSeverity.Warning, "Page shows ICP numbers of two different subjects", "页面显示了两个不同主体的ICP备案号");

    /// <summary>FTR0311: a page the caller says is not the home page (<see cref="PageKind.InnerPage"/>) shows no ICP
    /// filing or license number. The display rule names the home page; for other pages the sources are silent, so it
    /// is a warning a user can raise.</summary>
    public static FooterRule InnerPageShowsNoIcpNumber { get; } = new("FTR0311", FooterSeverity.Warning, "Inner page shows no ICP filing number", "非首页页面未显示ICP备案号");

    /// <summary>FTR0401: an ICP filing or license number is only inside an HTML comment, where no visitor sees it.</summary>
    public static FooterRule NumberOnlyInComment { get; } = new("FTR0401", FooterSeverity.Error, "Number appears only inside an HTML comment", "备案号仅出现在HTML注释中");

    /// <summary>FTR0402: an ICP filing or license number is only inside a script, where the HTML does not display it.</summary>
    public static FooterRule NumberOnlyInScript { get; } = new("FTR0402", FooterSeverity.Error, "Number appears only inside a script", "备案号仅出现在脚本中");

    /// <summary>FTR0403: an ICP filing or license number is only in content the browser does not show (a <c>hidden</c> element, an inline
    /// <c>display:none</c>, or <c>visibility:hidden</c> outside a child that sets <c>visibility:visible</c> again;
    /// <c>title</c>, <c>textarea</c>, <c>template</c>, <c>noscript</c>).</summary>
    public static FooterRule NumberOnlyHidden { get; } = new("FTR0403", FooterSeverity.Error, "Number appears only in content the browser does not show", "备案号仅出现在浏览器不显示的内容中");

    /// <summary>FTR0404: a PSB number is only in a comment, a script or content the browser does not show. A
    /// warning a user can raise: the sources carry the PSB number's display from practice, not from a regulation's
    /// text (for an ICP number the same finding is FTR0401–FTR0403, errors on the home page).</summary>
    public static FooterRule PsbNumberOnlyHidden { get; } = new("FTR0404", FooterSeverity.Warning, "PSB filing number appears only where visitors do not see it", "公安备案号仅出现在访问者看不到的位置");

    /// <summary>FTR0501: text looks like an ICP filing or license number but does not parse.</summary>
    public static FooterRule IcpNumberMalformed { get; } = new("FTR0501", FooterSeverity.Error, "Text looks like an ICP number but does not parse", "文字形似ICP备案号或许可证编号，但无法解析");

    /// <summary>FTR0502: text looks like a PSB filing number but does not parse.</summary>
    public static FooterRule PsbNumberMalformed { get; } = new("FTR0502", FooterSeverity.Warning, "Text looks like a PSB filing number but does not parse", "文字形似公安备案号，但无法解析");

    /// <summary>Every rule, ordered by id.</summary>
    public static ImmutableArray<FooterRule> All { get; } =
    [
        IcpNumberNotLinked, IcpLinkRetired, IcpLinkWrong,
        PsbNumberNotLinked, PsbLinkLegacy, PsbLinkCodeMismatch, PsbLinkWrong, PsbNumberLegacy,
        ExpectedIcpNumberMissing, UnexpectedIcpNumber, GuangdongShowsServiceNumber, ShowsOnlySubjectNumber,
        ExpectedPsbNumberMissing, UnexpectedPsbNumber, ExpectedLicenseNumberMissing, NoIcpNumber, OnlyLicenseNumber, NumbersOfTwoSubjects, InnerPageShowsNoIcpNumber,
        NumberOnlyInComment, NumberOnlyInScript, NumberOnlyHidden, PsbNumberOnlyHidden,
        IcpNumberMalformed, PsbNumberMalformed,
    ];
}
