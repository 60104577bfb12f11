using System;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// <see cref="FooterInspector.Inspect(string)"/> over generated pages of 10 KB, 1 MB and 10 MB, against a compiled
/// regular expression that only finds the numbers (no entity decoding, links, comments or scripts) as the baseline.
/// </summary>
/// <remarks>Two layouts: one footer at the end of the page (the performance issue's case: a page with one footer),
/// and, every 10 000 characters, a comment and a script holding numbers and another footer (many numbers, links and
/// findings per page).</remarks>
[MemoryDiagnoser]
public class FooterInspectorBenchmarks
{
    private static readonly Regex Numbers = new(
        @"[\u4e00-\u9fff]\s*(?:ICP\s*[备证]\s*\d{6,10}\s*号?(?:\s*-\s*\d{1,6}[AXK]?)?|B2-\d{8}(?:-\d{1,6}[AXK]?)?|公网安备\s*\d{12,14}\s*号?)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(10));

    private string _page = string.Empty;

    /// <summary>The page size in characters.</summary>
    [Params(10_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Where the footers are: "one" at the end, or "every 10K" characters (with a comment and a script).</summary>
    [Params("one", "every 10K")]
    public string Footers { get; set; } = "one";

    [GlobalSetup]
    public void Setup() => _page = Page(Size, Footers == "one" ? int.MaxValue : 10_000);

    [Benchmark(Baseline = true)]
    public int CompiledRegex()
    {
        // Each match is materialised, as the inspector materialises each number.
        int count = 0;
        foreach (Match match in Numbers.Matches(_page))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int Inspector() => FooterInspector.Inspect(_page).Numbers.Length;

    /// <summary>A page of the given size: paragraphs with links and entities, with a comment, a script and a footer
    /// (two numbers) every <paramref name="every"/> characters, and a footer at the end.</summary>
    internal static string Page(int size, int every)
    {
        const string Paragraph = "<p class=\"text\">北京市示例科技有限公司 &copy; 新闻 <a href=\"/news/1.html\">更多 &gt;&gt;</a> Lorem ipsum dolor sit amet.</p>\n";
        const string Extras = "<!-- 京ICP备12345678号-1 --><SCRIPT>var x = '<a>';</SCRIPT>\n";
        const string Footer = "<DIV class=footer><A HREF='https://beian.miit.gov.cn/' target=_blank>&#20140;ICP备12345678号-1</A> | "
            + "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\"><img src=\"/beian.png\">京公网安备11010802012345号</a></DIV>\n";
        var builder = new StringBuilder(size + Footer.Length);
        int nextFooter = every;
        while (builder.Length < size - Footer.Length)
        {
            builder.Append(Paragraph);
            if (builder.Length >= nextFooter)
            {
                builder.Append(Extras).Append(Footer);
                nextFooter += every;
            }
        }

        return builder.Append(Footer).ToString();
    }
}
