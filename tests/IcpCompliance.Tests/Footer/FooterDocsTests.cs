using System.IO;
using IcpCompliance.Footer;

using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

public sealed class FooterDocsTests
{
    [Fact]
    public void Docs_list_every_rule_with_its_severity_and_titles()
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "footer.md"));
        foreach (FooterRule rule in FooterRules.All)
        {
            Assert.Contains($"| `{rule.Id}` | {rule.Severity} | {rule.Title} | {rule.TitleChinese} |", docs);
        }

        Assert.Equal(FooterRules.All.Length, System.Linq.Enumerable.Count(System.Linq.Enumerable.Distinct(System.Linq.Enumerable.Select(FooterRules.All, r => r.Id))));
    }

    [Fact]
    public void The_snippet_in_the_docs_is_what_the_renderer_writes()
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "footer.md"));
        int start = docs.IndexOf("```html\n", System.StringComparison.Ordinal) + "```html\n".Length;
        string snippet = docs[start..docs.IndexOf("```", start, System.StringComparison.Ordinal)].Replace("\n", string.Empty, System.StringComparison.Ordinal);
        var content = new FooterContent(IcpCompliance.Numbers.IcpFilingNumber.Parse("京ICP备12345678号-1").Value)
        {
            PsbNumber = IcpCompliance.Numbers.PsbFilingNumber.Parse("京公网安备11010802012345号").Value,
            CopyrightHolder = "示例 & Co",
        };
        Assert.Equal(snippet, FooterRenderer.Render(content).AsT0.Text);
    }
}
