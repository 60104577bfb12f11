using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>Generators of valid numbers of every form, and of the lenient ways real pages write them.</summary>
public static class NumberGenerators
{
    private static readonly Gen<(Province Province, char Character)> ProvinceCharacter =
        Gen.Elements(Province.All.SelectMany(p => p.Characters.Select(c => (p, c))).ToArray());

    private static Gen<(ulong Value, byte Length)> Digits(int minLength, int maxLength) =>
        from length in Gen.Choose(minLength, maxLength)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length)
        select (digits.Aggregate(0UL, (acc, d) => (acc * 10) + (ulong)d), (byte)length);

    private static readonly Gen<int> ServiceIndex = Gen.Frequency(
        (6, Gen.Choose(1, 9)),
        (3, Gen.Choose(10, 9999)),
        (1, Gen.Choose(10000, 999_999)));

    private static readonly Gen<ServiceSuffix> Suffix = Gen.Elements(ServiceSuffix.None, ServiceSuffix.App, ServiceSuffix.MiniProgram, ServiceSuffix.QuickApp);

    public static readonly Gen<IcpLicenseNumber> IcpLicenseNumberGen =
        from pc in ProvinceCharacter
        from form in Gen.Elements(IcpLicenseForm.Certificate, IcpLicenseForm.B2)
        from serial in form == IcpLicenseForm.B2 ? Digits(8, 8) : Digits(6, 10)
        select new IcpLicenseNumber(pc.Province, pc.Character, form, serial.Value, serial.Length);

    public static readonly Gen<IcpFilingNumber> IcpFilingNumberGen = Gen.Frequency(
        (4, from pc in ProvinceCharacter
            from serial in Digits(6, 10)
            from hasIndex in Gen.Elements(true, true, false)
            from index in ServiceIndex
            from suffix in Suffix
            select new IcpFilingNumber(pc.Province, pc.Character, 0, serial.Value, serial.Length, hasIndex ? index : 0, hasIndex ? suffix : ServiceSuffix.None)),
        (1, from license in IcpLicenseNumberGen
            from index in ServiceIndex
            from suffix in Suffix
            select license.WithServiceIndex(index, suffix)));

    public static readonly Gen<PsbFilingNumber> PsbFilingNumberGen =
        from pc in ProvinceCharacter
        from legacy in Gen.Elements(false, false, false, true)
        from rest in Digits(legacy ? 10 : 12, legacy ? 10 : 12)
        let length = (byte)(rest.Length + 2)
        let digits = ((ulong)pc.Province.Code * Pow10(rest.Length)) + rest.Value
        select new PsbFilingNumber(pc.Province, pc.Character, digits, length);

    private static ulong Pow10(int e) => Enumerable.Repeat(10UL, e).Aggregate(1UL, (a, b) => a * b);

    /// <summary>Whitespace as real pages put it between parts.</summary>
    private static readonly Gen<string> Space = Gen.Frequency(
        (6, Gen.Constant(string.Empty)),
        (2, Gen.Constant(" ")),
        (1, Gen.Elements("\u3000", "\t", "\u00A0", "  ")));

    private static Gen<string> Text(string canonical) => Gen.Frequency(
        (3, Gen.Constant(canonical)),
        (1, Gen.Constant(new string(canonical.Select(ToFullWidth).ToArray()))),
        (1, Gen.Constant(canonical.ToLowerInvariant())));

    private static char ToFullWidth(char c) => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c;

    private static readonly Gen<string> Label = Gen.Frequency(
        (5, Gen.Constant(string.Empty)),
        (1, Gen.Elements("备案号：", "ICP备案号: ", "网站备案号 ", "备案号:", "经营许可证：", "公安备案号：")));

    private static readonly Gen<string> Dash = Gen.Frequency((5, Gen.Constant("-")), (1, Gen.Elements("－", "–", "—", "‐")));

    /// <summary>A lenient spelling of an ICP filing number, as real footers write it.</summary>
    public static Gen<string> LenientVariant(IcpFilingNumber n)
    {
        IcpLicenseNumber? license = n.LicenseNumber;
        bool b2 = license?.Form == IcpLicenseForm.B2;
        string marker = license is null ? "备" : b2 ? "-" : "证";
        string lead = b2 ? "B2" : "ICP";
        string index = n.ServiceIndex is int i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        string suffix = n.Suffix == ServiceSuffix.None ? string.Empty : n.Suffix.Letter()!.Value.ToString();
        return from label in Label
               from s1 in Space
               from s2 in Space
               from s3 in Space
               from s4 in Space
               from s5 in Space
               from leadText in Text(lead)
               from serial in Text(n.Serial)
               from indexText in Text(index)
               from suffixText in Text(suffix)
               from dash in Dash
               from terminatorPlace in Gen.Choose(0, b2 ? 1 : 2)
               let terminatorBefore = b2 ? string.Empty : terminatorPlace == 0 || (terminatorPlace == 2 && index.Length == 0) ? "号" : string.Empty
               let terminatorAfter = !b2 && terminatorPlace == 1 && index.Length > 0 ? "号" : string.Empty
               let tail = index.Length == 0 ? string.Empty : s4 + dash + s5 + indexText + suffixText + terminatorAfter
               select s1 + label + n.ProvinceCharacter + s2 + leadText + s3 + marker + serial + terminatorBefore + tail + s1;
    }

    /// <summary>A lenient spelling of a PSB filing number.</summary>
    public static Gen<string> LenientVariant(PsbFilingNumber n) =>
        from label in Label
        from s1 in Space
        from s2 in Space
        from digits in Text(n.Digits)
        from terminator in Gen.Elements("号", string.Empty)
        select s1 + label + n.ProvinceCharacter + "公网安备" + s2 + digits + s2 + terminator + s1;
}

/// <summary>FsCheck registrations for the number types.</summary>
public static class NumberArbitraries
{
    public static Arbitrary<IcpFilingNumber> IcpFilingNumber() => Arb.From(NumberGenerators.IcpFilingNumberGen);

    public static Arbitrary<IcpLicenseNumber> IcpLicenseNumber() => Arb.From(NumberGenerators.IcpLicenseNumberGen);

    public static Arbitrary<PsbFilingNumber> PsbFilingNumber() => Arb.From(NumberGenerators.PsbFilingNumberGen);
}
