using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Ardalis.SmartEnum;

namespace IcpCompliance.Regions;

/// <summary>
/// One of the 31 province-level regions of Mainland China (省级行政区): 22 provinces, 5 autonomous regions and 4
/// municipalities. Its <see cref="SmartEnum{TEnum, TValue}.Value"/> is the two-digit GB/T 2260 code.
/// </summary>
/// <remarks>
/// <para>Each region has the character that stands for it in ICP numbers (<see cref="IcpCharacter"/>) and in PSB
/// numbers (<see cref="PsbCharacter"/>). They differ for Sichuan (蜀/川), Guizhou (黔/贵) and Gansu (陇/甘), and real
/// numbers use either; Yunnan uses 滇 for both (云 is accepted too). <see cref="Characters"/> lists every character that
/// maps to the region.
/// A number keeps the character it was issued with.</para>
/// <para>Which of the Gansu and Guizhou characters the authorities issue today is not settled by the sources
/// (see <c>docs/</c>): every alias is accepted on parse and kept as written.</para>
/// <para>Hong Kong, Macao and Taiwan are not province-level regions for filing purposes and are not members.</para>
/// <para>Immutable; safe to use from any thread. Lookups never throw for unknown input.</para>
/// </remarks>
public sealed class Province : SmartEnum<Province, int>
{
    /// <summary>北京市 Beijing (11).</summary>
    public static readonly Province Beijing = new(nameof(Beijing), 11, "北京市", "北京", "Beijing", "Běijīng", '京', '京');
    /// <summary>天津市 Tianjin (12).</summary>
    public static readonly Province Tianjin = new(nameof(Tianjin), 12, "天津市", "天津", "Tianjin", "Tiānjīn", '津', '津');
    /// <summary>河北省 Hebei (13).</summary>
    public static readonly Province Hebei = new(nameof(Hebei), 13, "河北省", "河北", "Hebei", "Héběi", '冀', '冀');
    /// <summary>山西省 Shanxi (14).</summary>
    public static readonly Province Shanxi = new(nameof(Shanxi), 14, "山西省", "山西", "Shanxi", "Shānxī", '晋', '晋');
    /// <summary>内蒙古自治区 Inner Mongolia (15).</summary>
    public static readonly Province InnerMongolia = new(nameof(InnerMongolia), 15, "内蒙古自治区", "内蒙古", "Inner Mongolia", "Nèiměnggǔ", '蒙', '蒙');
    /// <summary>辽宁省 Liaoning (21).</summary>
    public static readonly Province Liaoning = new(nameof(Liaoning), 21, "辽宁省", "辽宁", "Liaoning", "Liáoníng", '辽', '辽');
    /// <summary>吉林省 Jilin (22).</summary>
    public static readonly Province Jilin = new(nameof(Jilin), 22, "吉林省", "吉林", "Jilin", "Jílín", '吉', '吉');
    /// <summary>黑龙江省 Heilongjiang (23).</summary>
    public static readonly Province Heilongjiang = new(nameof(Heilongjiang), 23, "黑龙江省", "黑龙江", "Heilongjiang", "Hēilóngjiāng", '黑', '黑');
    /// <summary>上海市 Shanghai (31).</summary>
    public static readonly Province Shanghai = new(nameof(Shanghai), 31, "上海市", "上海", "Shanghai", "Shànghǎi", '沪', '沪');
    /// <summary>江苏省 Jiangsu (32).</summary>
    public static readonly Province Jiangsu = new(nameof(Jiangsu), 32, "江苏省", "江苏", "Jiangsu", "Jiāngsū", '苏', '苏');
    /// <summary>浙江省 Zhejiang (33).</summary>
    public static readonly Province Zhejiang = new(nameof(Zhejiang), 33, "浙江省", "浙江", "Zhejiang", "Zhèjiāng", '浙', '浙');
    /// <summary>安徽省 Anhui (34).</summary>
    public static readonly Province Anhui = new(nameof(Anhui), 34, "安徽省", "安徽", "Anhui", "Ānhuī", '皖', '皖');
    /// <summary>福建省 Fujian (35).</summary>
    public static readonly Province Fujian = new(nameof(Fujian), 35, "福建省", "福建", "Fujian", "Fújiàn", '闽', '闽');
    /// <summary>江西省 Jiangxi (36).</summary>
    public static readonly Province Jiangxi = new(nameof(Jiangxi), 36, "江西省", "江西", "Jiangxi", "Jiāngxī", '赣', '赣');
    /// <summary>山东省 Shandong (37).</summary>
    public static readonly Province Shandong = new(nameof(Shandong), 37, "山东省", "山东", "Shandong", "Shāndōng", '鲁', '鲁');
    /// <summary>河南省 Henan (41).</summary>
    public static readonly Province Henan = new(nameof(Henan), 41, "河南省", "河南", "Henan", "Hénán", '豫', '豫');
    /// <summary>湖北省 Hubei (42).</summary>
    public static readonly Province Hubei = new(nameof(Hubei), 42, "湖北省", "湖北", "Hubei", "Húběi", '鄂', '鄂');
    /// <summary>湖南省 Hunan (43).</summary>
    public static readonly Province Hunan = new(nameof(Hunan), 43, "湖南省", "湖南", "Hunan", "Húnán", '湘', '湘');
    /// <summary>广东省 Guangdong (44).</summary>
    public static readonly Province Guangdong = new(nameof(Guangdong), 44, "广东省", "广东", "Guangdong", "Guǎngdōng", '粤', '粤');
    /// <summary>广西壮族自治区 Guangxi (45).</summary>
    public static readonly Province Guangxi = new(nameof(Guangxi), 45, "广西壮族自治区", "广西", "Guangxi", "Guǎngxī", '桂', '桂');
    /// <summary>海南省 Hainan (46).</summary>
    public static readonly Province Hainan = new(nameof(Hainan), 46, "海南省", "海南", "Hainan", "Hǎinán", '琼', '琼');
    /// <summary>重庆市 Chongqing (50).</summary>
    public static readonly Province Chongqing = new(nameof(Chongqing), 50, "重庆市", "重庆", "Chongqing", "Chóngqìng", '渝', '渝');
    /// <summary>四川省 Sichuan (51): 蜀 in ICP numbers, mostly 川 in PSB numbers.</summary>
    public static readonly Province Sichuan = new(nameof(Sichuan), 51, "四川省", "四川", "Sichuan", "Sìchuān", '蜀', '川');
    /// <summary>贵州省 Guizhou (52): 黔 in ICP numbers (贵 on older ones), 贵 in most PSB numbers (黔公网安备52… also
    /// appears on real footers; which one the PSB issues today is not settled by the sources).</summary>
    public static readonly Province Guizhou = new(nameof(Guizhou), 52, "贵州省", "贵州", "Guizhou", "Guìzhōu", '黔', '贵');
    /// <summary>云南省 Yunnan (53): 滇 in ICP and PSB numbers (real footers show 滇公网安备53…; 云 only in placeholders,
    /// still accepted on parse).</summary>
    public static readonly Province Yunnan = new(nameof(Yunnan), 53, "云南省", "云南", "Yunnan", "Yúnnán", '滇', '滇', '云');
    /// <summary>西藏自治区 Tibet (Xizang) (54).</summary>
    public static readonly Province Tibet = new(nameof(Tibet), 54, "西藏自治区", "西藏", "Tibet", "Xīzàng", '藏', '藏');
    /// <summary>陕西省 Shaanxi (61).</summary>
    public static readonly Province Shaanxi = new(nameof(Shaanxi), 61, "陕西省", "陕西", "Shaanxi", "Shǎnxī", '陕', '陕');
    /// <summary>甘肃省 Gansu (62): 陇 in recent ICP numbers (甘 on older ones), 甘 in PSB numbers.</summary>
    public static readonly Province Gansu = new(nameof(Gansu), 62, "甘肃省", "甘肃", "Gansu", "Gānsù", '陇', '甘');
    /// <summary>青海省 Qinghai (63).</summary>
    public static readonly Province Qinghai = new(nameof(Qinghai), 63, "青海省", "青海", "Qinghai", "Qīnghǎi", '青', '青');
    /// <summary>宁夏回族自治区 Ningxia (64).</summary>
    public static readonly Province Ningxia = new(nameof(Ningxia), 64, "宁夏回族自治区", "宁夏", "Ningxia", "Níngxià", '宁', '宁');
    /// <summary>新疆维吾尔自治区 Xinjiang (65).</summary>
    public static readonly Province Xinjiang = new(nameof(Xinjiang), 65, "新疆维吾尔自治区", "新疆", "Xinjiang", "Xīnjiāng", '新', '新');

    // Listed explicitly rather than discovered by reflection, so lookups work trimmed and AOT-compiled.
    private static readonly ImmutableArray<Province> AllByCode =
    [
        Beijing, Tianjin, Hebei, Shanxi, InnerMongolia, Liaoning, Jilin, Heilongjiang, Shanghai, Jiangsu, Zhejiang,
        Anhui, Fujian, Jiangxi, Shandong, Henan, Hubei, Hunan, Guangdong, Guangxi, Hainan, Chongqing, Sichuan,
        Guizhou, Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang,
    ];

    private static readonly FrozenDictionary<char, Province> ByCharacter = BuildCharacterIndex();
    private static readonly FrozenDictionary<string, Province> ByName = BuildNameIndex(keepToneMarks: true);
    private static readonly FrozenDictionary<string, Province> ByTonelessName = BuildNameIndex(keepToneMarks: false);
    private static readonly Province?[] ByCodeIndex = BuildCodeIndex();

    private Province(string name, int code, string chineseName, string shortChineseName, string englishName, string pinyin, char icpCharacter, char psbCharacter, char? alias = null)
        : base(name, code)
    {
        ChineseName = chineseName;
        ShortChineseName = shortChineseName;
        EnglishName = englishName;
        Pinyin = pinyin;
        IcpCharacter = icpCharacter;
        PsbCharacter = psbCharacter;
        ImmutableArray<char> characters = icpCharacter == psbCharacter ? [icpCharacter] : [icpCharacter, psbCharacter];
        Characters = alias is char other ? characters.Add(other) : characters;
    }

    /// <summary>All 31 regions in order of their GB/T 2260 code.</summary>
    public static ImmutableArray<Province> All => AllByCode;

    /// <summary>The two-digit GB/T 2260 code (北京 11 … 新疆 65); the same as <c>Value</c>.</summary>
    public int Code => Value;

    /// <summary>The full Chinese name, such as 北京市 or 广西壮族自治区.</summary>
    public string ChineseName { get; }

    /// <summary>The short Chinese name, such as 北京 or 广西.</summary>
    public string ShortChineseName { get; }

    /// <summary>The English name, such as Beijing or Inner Mongolia.</summary>
    public string EnglishName { get; }

    /// <summary>The name in Hanyu Pinyin with tone marks, such as Běijīng.</summary>
    public string Pinyin { get; }

    /// <summary>The character that starts the region's ICP filing and license numbers today (京 in 京ICP备…).</summary>
    public char IcpCharacter { get; }

    /// <summary>The character that starts the region's PSB filing numbers today (川 in 川公网安备… for Sichuan).</summary>
    public char PsbCharacter { get; }

    /// <summary>Every character that stands for the region in real numbers: <see cref="IcpCharacter"/> first, then
    /// any other.</summary>
    public ImmutableArray<char> Characters { get; }

    /// <summary>Finds the region a number's first character stands for, aliases included (蜀 and 川 are both
    /// Sichuan).</summary>
    /// <param name="character">The character.</param>
    /// <param name="province">The region, when found.</param>
    /// <returns>Whether the character stands for a region.</returns>
    public static bool TryFromCharacter(char character, [NotNullWhen(true)] out Province? province)
        => ByCharacter.TryGetValue(character, out province);

    /// <summary>Finds a region by its two-digit GB/T 2260 code.</summary>
    /// <param name="code">The code, such as 11 for Beijing.</param>
    /// <param name="province">The region, when found.</param>
    /// <returns>Whether the code belongs to a region.</returns>
    public static bool TryFromCode(int code, [NotNullWhen(true)] out Province? province)
    {
        province = code is >= 0 and < 100 ? ByCodeIndex[code] : null;
        return province is not null;
    }

    /// <summary>
    /// Finds a region by any of its names: the member name (<c>InnerMongolia</c>), the full or short Chinese name
    /// (内蒙古自治区, 内蒙古), the English name (Inner Mongolia) or the pinyin with or without tone marks (Nèiměnggǔ,
    /// Neimenggu). Latin names are matched ignoring case, spaces and hyphens.
    /// </summary>
    /// <param name="name">The name; null or unknown gives false.</param>
    /// <param name="province">The region, when found.</param>
    /// <returns>Whether the name belongs to a region.</returns>
    public static bool TryFromAnyName(string? name, [NotNullWhen(true)] out Province? province)
    {
        province = null;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            return false;
        }

        // Tone marks matter first: Shǎnxī is 陕西 and Shānxī is 山西, which are the same without them.
        return ByName.TryGetValue(NameKey(name, keepToneMarks: true), out province)
            || ByTonelessName.TryGetValue(NameKey(name, keepToneMarks: false), out province);
    }

    /// <summary>The region's short Chinese name and English name, such as <c>北京 (Beijing)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{ShortChineseName} ({EnglishName})";

    private static FrozenDictionary<char, Province> BuildCharacterIndex()
    {
        var map = new Dictionary<char, Province>();
        foreach (Province p in AllByCode)
        {
            foreach (char c in p.Characters)
            {
                map.Add(c, p);
            }
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, Province> BuildNameIndex(bool keepToneMarks)
    {
        var map = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (Province p in AllByCode)
        {
            foreach (string n in new[] { p.Name, p.ChineseName, p.ShortChineseName, p.EnglishName, p.Pinyin })
            {
                // First writer wins: 山西's English name "Shanxi" keeps the toneless key, 陕西 is "Shaanxi".
                map.TryAdd(NameKey(n, keepToneMarks), p);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Province?[] BuildCodeIndex()
    {
        var index = new Province?[100];
        foreach (Province p in AllByCode)
        {
            index[p.Code] = p;
        }

        return index;
    }

    // Latin names compare without case, spaces or hyphens (and, in the second index, tone marks), so "Nei Menggu",
    // "nèiměnggǔ" and "Inner-Mongolia" all find their region; Chinese names are unaffected. Tone marks are folded
    // by table rather than by Unicode normalization, which is unavailable under invariant globalization.
    private static string NameKey(string name, bool keepToneMarks)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.AsSpan().Trim())
        {
            if (c is ' ' or '-' or '_')
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            builder.Append(keepToneMarks ? lower : FoldToneMark(lower));
        }

        return builder.ToString();
    }

    private static char FoldToneMark(char c)
    {
        int at = ToneMarked.IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? c : ToneFree[at];
    }

    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
    private const string ToneFree = "aaaaeeeeiiiioooouuuuvvvvv";
}
