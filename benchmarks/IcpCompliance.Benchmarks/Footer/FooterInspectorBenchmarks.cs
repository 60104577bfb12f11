using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// <see cref="FooterInspector.Inspect(string)"/> over generated pages of 10 KB, 1 MB and 10 MB. The baseline does the
/// same job the straightforward way with compiled regular expressions: a tokenizer splits the page into comments,
/// scripts, link tags, other tags and text; text is entity-decoded and searched for numbers, comments and scripts are
/// searched as written, and each number gets its line, its context and the enclosing link's href. A second method,
/// a single regular expression that only finds literal numbers (no entities, links, comments or scripts; it misses
/// the entity-encoded number of the generated footer), is kept as the lower bound of what any regex costs.
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

    // The page's tokens: a comment, a script element, a tag (possibly unterminated) or a run of text.
    private static readonly Regex Tokens = new(
        @"<!--[\s\S]*?(?:-->|$)|<script\b[^>]*>[\s\S]*?(?:</script\s*>|$)|<[^>]*>?|[^<]+",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(10));

    private static readonly Regex Href = new(
        @"\bhref\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(10));

    private string _page = string.Empty;

    /// <summary>The page size in characters.</summary>
    [Params(10_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    /// <summary>Where the footers are: "one" at the end, or "every 10K" characters (with a comment and a script).</summary>
    [Params("one", "every 10K")]
    public string Footers { get; set; } = "one";

    [GlobalSetup]
    public void Setup()
    {
        _page = Page(Size, Footers == "one" ? int.MaxValue : 10_000);

        // The baseline must do the same job: it finds every number the inspector finds, no more and no fewer.
        int expected = FooterInspector.Inspect(_page).Numbers.Length;
        if (RegexSameJob() != expected)
        {
            throw new InvalidOperationException($"The regex baseline found {RegexSameJob()} numbers, the inspector {expected}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int RegexSameJob() => RegexSameJob(_page);

    /// <summary>The inspector's job done with compiled regular expressions: the numbers of the page, each with its
    /// offset, line, context and link.</summary>
    internal static int RegexSameJob(string page)
    {
        // Written to allocate little: tokens and numbers are enumerated as spans; text is decoded only when it holds
        // a reference, a link's href is matched only on link tags.
        var found = new List<(string Number, int Offset, int Line, string Context, string? Href)>();
        string? href = null;
        int line = 1;
        int lineCounted = 0;
        foreach (ValueMatch token in Tokens.EnumerateMatches(page))
        {
            ReadOnlySpan<char> span = page.AsSpan(token.Index, token.Length);
            if (span[0] != '<')
            {
                if (span.Contains('&'))
                {
                    string decoded = WebUtility.HtmlDecode(span.ToString());
                    Find(decoded, token.Index, "text");
                }
                else
                {
                    Find(span, token.Index, "text");
                }
            }
            else if (span.StartsWith("<!--", StringComparison.Ordinal))
            {
                Find(span[4..], token.Index, "comment");
            }
            else if (span.StartsWith("<script", StringComparison.OrdinalIgnoreCase))
            {
                Find(span[(span.IndexOf('>') + 1)..], token.Index, "script");
            }
            else if (IsTag(span, "<a"))
            {
                Match value = Href.Match(page, token.Index, token.Length);
                href = value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value).Trim() : string.Empty;
            }
            else if (IsTag(span, "</a"))
            {
                href = null;
            }
        }

        return found.Count;

        void Find(ReadOnlySpan<char> content, int offset, string context)
        {
            foreach (ValueMatch number in Numbers.EnumerateMatches(content))
            {
                // The offset is the token's: a decoded text's offsets are not the page's.
                line += page.AsSpan(lineCounted, offset - lineCounted).Count('\n');
                lineCounted = offset;
                found.Add((content.Slice(number.Index, number.Length).ToString(), offset, line, context, href));
            }
        }

        static bool IsTag(ReadOnlySpan<char> tag, string name)
            => tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && tag.Length > name.Length && tag[name.Length] is ' ' or '>' or '\t' or '\n' or '/';
    }

    [Benchmark]
    public int RegexNumbersOnly()
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
