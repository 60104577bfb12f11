using IcpCompliance.Filing;
using IcpCompliance.Footer;
using IcpCompliance.Workflow;

namespace IcpCompliance.Cli.Check;

/// <summary>The footer a checked input gets: rendered HTML, shown by the platform instead, refused, or not yet
/// possible (no number issued).</summary>
internal sealed record CheckedFooter(string Status, string? Html, string? RuleId, string Message, string MessageChinese)
{
    internal const string Rendered = "rendered";
    internal const string ShownElsewhere = "shown-elsewhere";
    internal const string Refused = "refused";
    internal const string NoNumber = "no-number";

    internal static CheckedFooter For(FilingCase? filingCase, FilingApplication application)
    {
        if (filingCase is null || filingCase.ServiceNumbers.IsEmpty)
        {
            return new(NoNumber, null, null,
                "No footer yet: the ICP filing number is issued when the filing is approved.",
                "暂无页脚：备案通过后才会分配ICP备案号。");
        }

        // The first website's number, or the first service's when there is no website (an App or Mini Program shows
        // its number in the app or the platform, and the renderer says so).
        FilingService service = application.Services[0];
        foreach (var candidate in application.Services)
        {
            if (candidate.Kind == ServiceKind.Website && filingCase.NumberOf(candidate) is not null)
            {
                service = candidate;
                break;
            }
        }

        if (filingCase.NumberOf(service) is not { } number)
        {
            return new(NoNumber, null, null, "No footer: the service has no ICP number.", "暂无页脚：该服务没有ICP备案号。");
        }

        var content = new FooterContent(number) { PsbNumber = filingCase.PsbNumber, LicenseNumber = filingCase.LicenseNumber };
        return FooterRenderer.Render(content).Match(
            footer => new CheckedFooter(Rendered, footer.Text, null,
                filingCase.PsbNumber is null ? "The footer, without the PSB number until it is filed." : "The footer.",
                filingCase.PsbNumber is null ? "页脚（公安备案完成前不含公安备案号）。" : "页脚。"),
            elsewhere => new CheckedFooter(ShownElsewhere, null, null, elsewhere.Message, elsewhere.MessageChinese),
            refusal => new CheckedFooter(Refused, null, refusal.RuleId, refusal.Message, refusal.MessageChinese));
    }
}
