using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using IcpCompliance.Internal;

namespace IcpCompliance.Identity;

/// <summary>
/// The top-level domains a site may be filed under: MIIT only files domains whose TLD it has approved (《工业和信息化部关于
/// 规范互联网信息服务使用域名的通知》). <see cref="Default"/> is the built-in list; pass your own (a provider's list,
/// or the current MIIT list) where a method takes one.
/// </summary>
/// <remarks>
/// <para>The authoritative list is published at <see href="https://domain.miit.gov.cn">domain.miit.gov.cn</see> and
/// changes over time; the built-in list is the subset established by the project's sources (facts §5.5) and is not
/// complete. A TLD missing from it may well be approved: check the MIIT list before refusing a domain.</para>
/// <para>TLDs are held in their ASCII (punycode) form, lower case. Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed class FilingTopLevelDomains
{
    private readonly ImmutableHashSet<string> _domains;

    private FilingTopLevelDomains(ImmutableHashSet<string> domains, string source)
    {
        _domains = domains;
        Source = source;
    }

    /// <summary>
    /// The built-in list, as of 2026-11-23, from two sources: the Chinese TLDs mirrored from the MIIT list by
    /// v2fly/domain-list-community (<c>data/tld-cn</c>), and a provider's note of the suffixes the Beijing
    /// communications administration accepts (com, net, org, cn, cc, tv, top, gov, xin, mobi, tel, wang, ren,
    /// citic and Chinese TLDs). Not on it, by reports: ai, io, dev, moe, ee.
    /// </summary>
    public static FilingTopLevelDomains Default { get; } = Create(
        [
            // v2fly/domain-list-community data/tld-cn (a mirror of part of the MIIT list).
            "cn", "citic", "baidu", "unicom", "sohu", "政务", "中国", "中國", "公司", "网络", "网址", "商城", "网店", "中信", "商标",
            "广东", "佛山", "信息", "手机", "在线", "中文网", "集团", "我爱你", "商店", "企业", "娱乐", "游戏", "购物", "餐厅", "招聘",
            "时尚", "移动", "网站", "联通", "世界", "健康",

            // Beijing bureau's accepted suffixes (provider note, facts §5.5).
            "xin", "mobi", "tel", "wang", "ren", "com", "net", "cc", "tv", "top", "gov", "org",
        ],
        "MIIT-approved TLDs: v2fly/domain-list-community data/tld-cn and the Beijing bureau's list (provider note), as of 2026-11-23");

    /// <summary>Where the list comes from, as its creator described it.</summary>
    public string Source { get; }

    /// <summary>The TLDs, in ASCII form, in no particular order.</summary>
    public IEnumerable<string> TopLevelDomains => _domains;

    /// <summary>Creates a list.</summary>
    /// <param name="topLevelDomains">The TLDs, without a dot, in ASCII (<c>xn--fiqs8s</c>) or Unicode (<c>中国</c>)
    /// form, any case.</param>
    /// <param name="source">Where the list comes from (a URL and a date), shown to users.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the TLDs is null.</exception>
    /// <exception cref="ArgumentException">A TLD is not a valid domain label.</exception>
    public static FilingTopLevelDomains Create(IEnumerable<string> topLevelDomains, string source)
    {
        Preconditions.CheckNotNull(topLevelDomains);
        Preconditions.CheckNotNull(source);
        ImmutableHashSet<string>.Builder builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var idn = new IdnMapping();
        foreach (string tld in topLevelDomains)
        {
            Preconditions.CheckNotNull(tld, nameof(topLevelDomains));
            string ascii;
            try
            {
                ascii = idn.GetAscii(tld.TrimStart('.')).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                ascii = string.Empty;
            }

            Preconditions.CheckArgument(ascii.Length > 0 && !ascii.Contains('.', StringComparison.Ordinal), "Each entry must be one domain label, such as com or 中国.", nameof(topLevelDomains));
            builder.Add(ascii);
        }

        return new FilingTopLevelDomains(builder.ToImmutable(), source);
    }

    /// <summary>Whether the list holds a TLD.</summary>
    /// <param name="topLevelDomain">The TLD in ASCII form, lower case, without a dot (as
    /// <see cref="DomainName.TopLevelDomain"/> gives it).</param>
    /// <returns>Whether it is on the list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topLevelDomain"/> is null.</exception>
    public bool Contains(string topLevelDomain) => _domains.Contains(Preconditions.CheckNotNull(topLevelDomain));
}
