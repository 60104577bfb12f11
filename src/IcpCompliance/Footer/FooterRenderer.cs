using System;
using System.Collections.Generic;
using System.Text;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>
/// Renders a compliant footer from <see cref="FooterContent"/>: the ICP number linked to the MIIT filing system
/// (<see cref="VerificationLinks.MiitFilingSystem"/>), the PSB number with its emblem linked to its record
/// (<see cref="PsbFilingNumber.VerificationUrl"/>), the license and copyright as text. Applies the province display
/// rule: Guangdong sites show the subject's number, every other site its own number with <c>-n</c>.
/// </summary>
/// <remarks>Every caller-supplied string is encoded for where it goes (HTML text, HTML attribute, Markdown).
/// Stateless; safe to use from any thread.</remarks>
public static class FooterRenderer
{
    /// <summary>Renders a footer, or says why there is none.</summary>
    /// <param name="content">The numbers and options.</param>
    /// <param name="format">The markup to render.</param>
    /// <returns>The footer; for an App, Mini Program or quick app a <see cref="ShownElsewhere"/>; for a subject's
    /// number outside Guangdong a <see cref="FooterRefusal"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public static FooterRendering Render(FooterContent content, FooterFormat format = FooterFormat.Html)
    {
        Preconditions.CheckNotNull(content);
        Preconditions.CheckEnumDefined(format);
        IcpFilingNumber filed = content.IcpNumber;
        switch (filed.Suffix)
        {
            case ServiceSuffix.App:
                return new ShownElsewhere(filed, ServicePlacement.AppAboutOrSettingsPage, true,
                    "An App shows its filing number " + filed + " in a prominent place such as its About or Settings page, linked to " + VerificationLinks.MiitFilingSystem + ", not in a page footer.",
                    "App 应在“关于”或“设置”等显著位置展示备案号 " + filed + " 并链接至 " + VerificationLinks.MiitFilingSystem + "，而非网页页脚。");
            case ServiceSuffix.MiniProgram:
                return new ShownElsewhere(filed, ServicePlacement.MiniProgramMoreInfoPage, true,
                    "A Mini Program's filing number " + filed + " is shown by its platform on the More Info page (the WeChat Mini Program guide); no footer is needed.",
                    "小程序备案号 " + filed + " 由平台在“更多资料”页自动展示（微信小程序备案指南），无需页脚。");
            case ServiceSuffix.QuickApp:
                return new ShownElsewhere(filed, ServicePlacement.QuickAppUnknown, false,
                    "A quick app's filing number " + filed + " is not shown in a page footer; no source says where a quick app shows it.",
                    "快应用备案号 " + filed + " 不在网页页脚展示；暂无来源说明快应用的展示位置。");
        }

        if (!FooterDisplay.TryGetDisplayed(filed, out IcpFilingNumber displayed, out DisplayRule rule))
        {
            FooterRule broken = FooterRules.ShowsOnlySubjectNumber;
            return new FooterRefusal(
                broken.Id,
                filed + " is a subject's number; a site in " + filed.Province.EnglishName + " must show its own number with -n (such as " + filed + "-1).",
                filed + " 是主体备案号；" + filed.Province.ShortChineseName + "的网站必须显示带-n的网站备案号（如 " + filed + "-1）。");
        }

        string text = format switch
        {
            FooterFormat.Markdown => Markdown(content, displayed),
            FooterFormat.Text => PlainText(content, displayed),
            _ => Html(content, displayed),
        };
        return new RenderedFooter(text, format, rule, displayed);
    }

    // One builder, no intermediate strings: the items are written straight into the container, each number is
    // formatted into a stack buffer (a number's characters never need HTML encoding), and the PSB record link is
    // the prefix and the digits rather than a Uri built and read back.
    private static string Html(FooterContent content, IcpFilingNumber displayed)
    {
        FooterOptions options = content.Options;
        var b = new StringBuilder(512);
        b.Append("<div");
        if (options.ContainerCssClass is string containerClass)
        {
            b.Append(" class=\"").AppendHtmlAttribute(FooterText.Normalize(containerClass)).Append('"');
        }

        b.Append('>');
        string separator = Separator(options);
        bool first = true;
        void NextItem()
        {
            if (!first)
            {
                b.Append("<span>").AppendHtmlText(separator).Append("</span>");
            }

            first = false;
        }

        Span<char> number = stackalloc char[IcpFilingNumber.MaxLength];
        if (content.CopyrightHolder is string holder)
        {
            NextItem();
            b.Append("<span>© ").AppendHtmlText(FooterText.Normalize(holder)).Append("</span>");
        }

        NextItem();
        AppendHtmlLabel(b, options.Labels, "ICP备案号：", "ICP filing: ");
        _ = displayed.TryFormat(number, out int written);
        AppendHtmlLink(b, options, MiitAddress, string.Empty, number[..written], icon: false);

        if (content.LicenseNumber is IcpLicenseNumber license)
        {
            NextItem();
            AppendHtmlLabel(b, options.Labels, "增值电信业务经营许可证：", "ICP license: ");
            _ = license.TryFormat(number, out written);
            b.Append("<span>").Append(number[..written]).Append("</span>");
        }

        if (content.PsbNumber is PsbFilingNumber psb)
        {
            NextItem();
            _ = psb.TryFormatDigits(number, out int digits);
            string code = new(number[..digits]);
            _ = psb.TryFormat(number, out written);
            AppendHtmlLink(b, options, VerificationLinks.PsbRecordPrefix, code, number[..written], icon: true);
        }

        return b.Append("</div>").ToString();
    }

    private static readonly string MiitAddress = VerificationLinks.MiitFilingSystem.ToString();

    private static void AppendHtmlLabel(StringBuilder b, FooterLabels labels, string chinese, string english)
    {
        string label = Label(labels, chinese, english);
        if (label.Length > 0)
        {
            b.Append("<span>").Append(label).Append("</span>");
        }
    }

    private static void AppendHtmlLink(StringBuilder b, FooterOptions options, string href, string hrefTail, ReadOnlySpan<char> number, bool icon)
    {
        b.Append("<a href=\"").AppendHtmlAttribute(href).AppendHtmlAttribute(hrefTail).Append('"');
        if (options.LinkCssClass is string linkClass)
        {
            b.Append(" class=\"").AppendHtmlAttribute(FooterText.Normalize(linkClass)).Append('"');
        }

        if (options.OpenLinksInNewTab)
        {
            b.Append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        }

        b.Append('>');
        if (icon && options.PsbIconUrl is { } iconUrl)
        {
            b.Append("<img src=\"").AppendHtmlAttribute(FooterText.Normalize(iconUrl.OriginalString)).Append("\" alt=\"")
                .AppendHtmlAttribute(IconText(options.Labels)).Append("\" width=\"16\" height=\"16\">");
        }

        b.Append(number).Append("</a>");
    }

    private static string Markdown(FooterContent content, IcpFilingNumber displayed)
    {
        FooterOptions options = content.Options;
        var items = new List<string>(4);
        var b = new StringBuilder(256);
        if (content.CopyrightHolder is string holder)
        {
            items.Add(b.Append("© ").AppendMarkdownText(FooterText.Normalize(holder)).ToString());
            b.Clear();
        }

        b.Append(Label(options.Labels, "ICP备案号：", "ICP filing: "))
            .Append('[').AppendMarkdownText(displayed.ToString()).Append("](").AppendMarkdownDestination(VerificationLinks.MiitFilingSystem.ToString()).Append(')');
        items.Add(Take(b));

        if (content.LicenseNumber is IcpLicenseNumber license)
        {
            b.Append(Label(options.Labels, "增值电信业务经营许可证：", "ICP license: ")).AppendMarkdownText(license.ToString());
            items.Add(Take(b));
        }

        if (content.PsbNumber is PsbFilingNumber psb)
        {
            if (options.PsbIconUrl is { } iconUrl)
            {
                b.Append("![").AppendMarkdownText(IconText(options.Labels)).Append("](").AppendMarkdownDestination(iconUrl.OriginalString).Append(") ");
            }

            b.Append('[').AppendMarkdownText(psb.ToString()).Append("](").AppendMarkdownDestination(psb.VerificationUrl.OriginalString).Append(')');
            items.Add(Take(b));
        }

        return string.Join(new StringBuilder().AppendMarkdownText(Separator(options)).ToString(), items);
    }

    private static string PlainText(FooterContent content, IcpFilingNumber displayed)
    {
        FooterOptions options = content.Options;
        var items = new List<string>(4);
        if (content.CopyrightHolder is string holder)
        {
            items.Add("© " + FooterText.Normalize(holder));
        }

        items.Add(Label(options.Labels, "ICP备案号：", "ICP filing: ") + displayed);
        if (content.LicenseNumber is IcpLicenseNumber license)
        {
            items.Add(Label(options.Labels, "增值电信业务经营许可证：", "ICP license: ") + license);
        }

        if (content.PsbNumber is PsbFilingNumber psb)
        {
            items.Add(psb.ToString());
        }

        return string.Join(Separator(options), items);
    }

    private static string Label(FooterLabels labels, string chinese, string english) => labels switch
    {
        FooterLabels.Chinese => chinese,
        FooterLabels.English => english,
        _ => string.Empty,
    };

    // A number must not run on into the separator: "…号-1" followed by "2" reads as "…号-12" to visitors and
    // to the inspector alike, so a separator that is empty or starts with a letter or digit gets a space before it.
    internal static string Separator(FooterOptions options)
    {
        string separator = FooterText.Normalize(options.Separator);
        return separator.Length == 0 || char.IsAsciiLetterOrDigit(Parsing.TextCursor.Fold(separator[0])) ? " " + separator : separator;
    }

    private static string IconText(FooterLabels labels) => labels == FooterLabels.English ? "PSB filing icon" : "公安备案图标";

    private static string Take(StringBuilder builder)
    {
        string text = builder.ToString();
        builder.Clear();
        return text;
    }
}
