using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Identity;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>Generators of valid identifiers of every kind, built from their parts (not by parsing).</summary>
public static class IdentityGenerators
{
    private const string UsccAlphabet = UnifiedSocialCreditCode.Alphabet;

    private static Gen<string> Chars(string alphabet, int minLength, int maxLength) =>
        from length in Gen.Choose(minLength, maxLength)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
        select new string(chars);

    private static readonly Gen<int> ProvinceOrPermitCode =
        Gen.Frequency((9, Gen.Elements(Province.All.Select(p => p.Code).ToArray())), (1, Gen.Elements(81, 82, 83)));

    private static readonly Gen<int> BirthDate =
        from year in Gen.Choose(1800, 2100)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        select (year * 10_000) + (month * 100) + day;

    public static readonly Gen<ResidentIdNumber> ResidentIdNumberGen =
        from province in ProvinceOrPermitCode
        from county in Gen.Choose(0, 9999)
        from date in BirthDate
        from sequence in Gen.Choose(0, 999)
        select new ResidentIdNumber((((ulong)((province * 10_000) + county) * 100_000_000UL) + (ulong)date) * 1000UL + (ulong)sequence);

    /// <summary>A valid code's text: built character by character with both check characters computed.</summary>
    public static readonly Gen<string> UnifiedSocialCreditCodeText =
        from authority in Gen.Elements("123456789ANY".ToCharArray())
        from type in Gen.Elements(UsccAlphabet.ToCharArray())
        from region in Chars("0123456789", 6, 6)
        from organization in Chars(UsccAlphabet, 8, 8)
        let seventeen = authority + type.ToString() + region + organization + UnifiedSocialCreditCode.OrganizationCheck(organization)
        select seventeen + UnifiedSocialCreditCode.ComputeCheck(seventeen);

    public static readonly Gen<UnifiedSocialCreditCode> UnifiedSocialCreditCodeGen =
        UnifiedSocialCreditCodeText.Select(s => new UnifiedSocialCreditCode(
            s.Aggregate(UInt128.Zero, (acc, c) => (acc * 31) + (uint)UnifiedSocialCreditCode.ValueOf(c)), exception: false));

    public static readonly Gen<MobileNumber> MobileNumberGen =
        from second in Gen.Choose(3, 9)
        from rest in Gen.Choose(0, 999_999_999)
        select new MobileNumber(10_000_000_000UL + ((ulong)second * 1_000_000_000UL) + (ulong)rest);

    private static ulong Base36(string s) => s.Aggregate(0UL, (acc, c) => (acc * 36) + (ulong)(char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10));

    public static readonly Gen<TravelPermitNumber> TravelPermitNumberGen = Gen.OneOf(
        from kind in Gen.Elements(TravelPermitKind.HongKong, TravelPermitKind.Macao)
        from length in Gen.Elements(8, 10)
        from digits in Chars("0123456789", length, length)
        select new TravelPermitNumber(kind, Base36(digits), (byte)length),
        from digits in Chars("0123456789", 8, 8)
        select new TravelPermitNumber(TravelPermitKind.Taiwan, Base36(digits), 8),
        from first in Gen.Elements("0123456789ABCDEFGJKLNPQRSTUVWXYZ".ToCharArray())
        from rest in Chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 9, 9)
        let text = first + rest
        select new TravelPermitNumber(TravelPermitKind.Taiwan, Base36(text), 10));

    public static readonly Gen<(string Number, string Country)> PassportParts =
        from number in Chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", PassportNumber.MinLength, PassportNumber.MaxLength)
        from country in Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 3)
        select (number, country);

    public static readonly Gen<PassportNumber> PassportNumberGen =
        PassportParts.Select(p => new PassportNumber(
            p.Number.Aggregate(UInt128.Zero, (acc, c) => (acc * 36) + (uint)(char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10)),
            (byte)p.Number.Length,
            (ushort)p.Country.Aggregate(0, (acc, c) => (acc * 26) + (c - 'A'))));

    // A label of letters and digits with at most one hyphen inside, so never the reserved "--" in places 3 and 4.
    private static readonly Gen<string> Label =
        from head in Chars("abcdefghijklmnopqrstuvwxyz0123456789", 1, 20)
        from hyphen in Gen.Elements(false, false, true)
        from tail in Chars("abcdefghijklmnopqrstuvwxyz0123456789", 1, 20)
        select hyphen ? head + "-" + tail : head;

    public static readonly Gen<string> SuffixText = Gen.Elements(
        "com", "cn", "com.cn", "net.cn", "bj.cn", "gov.cn", "org", "top", "io", "ai", "xn--fiqs8s", "xn--55qx5d", "co.uk");

    // A name that is itself a public suffix (a label "tj" before "cn" makes tj.cn, a .cn category) is not a
    // registrable name a filing would list; about one run in twenty drew one and failed the round-trip property.
    public static readonly Gen<DomainName> DomainNameGen =
        (from labels in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Label, n))
         from suffix in SuffixText
         select new DomainName(string.Join('.', labels) + "." + suffix))
        .Where(d => d.RegistrableDomain is not null);
}

/// <summary>FsCheck registrations for the identity types.</summary>
public static class IdentityArbitraries
{
    public static Arbitrary<ResidentIdNumber> ResidentIdNumber() => Arb.From(IdentityGenerators.ResidentIdNumberGen);

    public static Arbitrary<UnifiedSocialCreditCode> UnifiedSocialCreditCode() => Arb.From(IdentityGenerators.UnifiedSocialCreditCodeGen);

    public static Arbitrary<MobileNumber> MobileNumber() => Arb.From(IdentityGenerators.MobileNumberGen);

    public static Arbitrary<TravelPermitNumber> TravelPermitNumber() => Arb.From(IdentityGenerators.TravelPermitNumberGen);

    public static Arbitrary<PassportNumber> PassportNumber() => Arb.From(IdentityGenerators.PassportNumberGen);

    public static Arbitrary<DomainName> DomainName() => Arb.From(IdentityGenerators.DomainNameGen);
}
