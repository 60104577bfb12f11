using System.Collections.Frozen;
using System.Globalization;
using System.Linq;

namespace IcpCompliance.Identity;

/// <summary>
/// The multi-label public suffixes the library knows, under which anyone can register a name (<c>com.cn</c>,
/// <c>bj.cn</c>). Every single label (every TLD) is a public suffix too, as the Public Suffix List's default rule
/// says.
/// </summary>
/// <remarks>Source: the ICANN section of the Public Suffix List, https://publicsuffix.org/list/public_suffix_list.dat,
/// transcribed 2026-11-23 for the suffixes of .cn (CNNIC's second-level domains, the province domains and the IDN
/// ones) and the common second-level suffixes of .hk, .mo, .tw, .uk, .jp and .au. Not the whole list: a name under
/// another multi-label suffix gets that suffix's last label as its public suffix.</remarks>
internal static class PublicSuffixes
{
    // Held in ASCII form, as DomainName compares them; the IDN entries are written in Unicode above and converted.
    internal static readonly FrozenSet<string> MultiLabel = FrozenSet.ToFrozenSet(Entries.Select(e => new IdnMapping().GetAscii(e)));

    private static string[] Entries =>
    [
        // .cn: CNNIC categories.
        "ac.cn", "com.cn", "edu.cn", "gov.cn", "mil.cn", "net.cn", "org.cn",
        "公司.cn", "网络.cn", "網絡.cn",

        // .cn: provinces, autonomous regions, municipalities, special administrative regions, Taiwan.
        "ah.cn", "bj.cn", "cq.cn", "fj.cn", "gd.cn", "gs.cn", "gz.cn", "gx.cn", "ha.cn", "hb.cn", "he.cn", "hi.cn",
        "hl.cn", "hn.cn", "jl.cn", "js.cn", "jx.cn", "ln.cn", "nm.cn", "nx.cn", "qh.cn", "sc.cn", "sd.cn", "sh.cn",
        "sn.cn", "sx.cn", "tj.cn", "xj.cn", "xz.cn", "yn.cn", "zj.cn", "hk.cn", "mo.cn", "tw.cn",

        // Neighbouring and common ccTLD second levels.
        "com.hk", "edu.hk", "gov.hk", "idv.hk", "net.hk", "org.hk",
        "com.mo", "edu.mo", "gov.mo", "net.mo", "org.mo",
        "com.tw", "edu.tw", "gov.tw", "idv.tw", "net.tw", "org.tw",
        "ac.uk", "co.uk", "gov.uk", "org.uk", "ltd.uk", "plc.uk", "me.uk",
        "ac.jp", "co.jp", "go.jp", "ne.jp", "or.jp",
        "com.au", "edu.au", "gov.au", "net.au", "org.au",
    ];
}
