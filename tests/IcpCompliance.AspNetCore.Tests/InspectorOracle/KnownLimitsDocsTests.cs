using System.Collections.Generic;
using System.Linq;
using System.Text;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>
/// docs/footer.md lists every difference between the inspector and Chromium that <see cref="KnownDifferences"/>
/// allows, with the same reason, so a user reads the inspector's limits where the findings are documented and the
/// list cannot drift from what the browser tests accept.
/// </summary>
public sealed class KnownLimitsDocsTests
{
    [Fact]
    public void Docs_footer_md_lists_every_known_difference_with_its_reason()
        => GeneratedDocs.AssertSection("footer.md", "KnownDifferences", Render(), "Docs_footer_md_lists_every_known_difference");

    private static string Render()
    {
        var table = new StringBuilder();
        table.Append("| construct | where it makes a difference | why the inspector differs from the browser |\n|---|---|---|\n");
        Append(table, KnownDifferences.Alone, "on its own");
        Append(table, KnownDifferences.AroundMarkup, "around some other markup");
        return table.ToString();
    }

    private static void Append(StringBuilder table, IReadOnlyDictionary<string, string> differences, string where)
    {
        foreach (KeyValuePair<string, string> difference in differences.OrderBy(d => d.Key, System.StringComparer.Ordinal))
        {
            table.Append("| `").Append(difference.Key).Append("` | ").Append(where).Append(" | ")
                .Append(difference.Value.Replace("|", "\\|", System.StringComparison.Ordinal)).Append(" |\n");
        }
    }
}
