using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Internal;

namespace IcpCompliance.Identity;

/// <summary>
/// How <see cref="UnifiedSocialCreditCode"/> treats codes that fail the GB 32100 check: by default they are refused;
/// codes listed in <see cref="AcceptedExceptions"/> are accepted as they are.
/// </summary>
/// <remarks>
/// <para>Some codes issued in early pilot regions (Fujian, Xiamen) before GB 32100-2015 was final are legal but fail
/// the check character (facts §5.2). <see cref="KnownPilotCodesAccepted"/> accepts the ones published in
/// <see href="https://github.com/bluesky335/IDCheck">bluesky335/IDCheck</see>'s README; add others with
/// <see cref="WithAcceptedExceptions(IEnumerable{string})"/>. An accepted code must still have 18 characters of the
/// code alphabet and a six-digit region code, and parses with <see cref="UnifiedSocialCreditCode.PassesChecksum"/>
/// false.</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed class UnifiedSocialCreditCodeOptions
{
    private UnifiedSocialCreditCodeOptions(ImmutableArray<string> exceptions) => AcceptedExceptions = exceptions;

    /// <summary>Every code must pass its checks; no exceptions.</summary>
    public static UnifiedSocialCreditCodeOptions Default { get; } = new(ImmutableArray<string>.Empty);

    /// <summary>Early pilot codes that fail the check character but were issued and are legal, each with the
    /// company it belongs to, as published by bluesky335/IDCheck (README, "早期部分试点地区"): 福建恒跃柳工机械销售有限公司,
    /// 厦门云上晴空航空科技有限公司, 厦门黑脉网络科技有限公司.</summary>
    public static ImmutableArray<string> KnownPilotCodes { get; } = ["91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P"];

    /// <summary>Accepts the <see cref="KnownPilotCodes"/>.</summary>
    public static UnifiedSocialCreditCodeOptions KnownPilotCodesAccepted { get; } = new(KnownPilotCodes);

    /// <summary>The codes accepted although they fail a check, in canonical form (upper case, no spaces).</summary>
    public ImmutableArray<string> AcceptedExceptions { get; }

    /// <summary>These options with more codes accepted although they fail a check.</summary>
    /// <param name="codes">The codes, in canonical form: 18 characters of the code alphabet.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A code is not 18 characters of the alphabet
    /// <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>.</exception>
    public UnifiedSocialCreditCodeOptions WithAcceptedExceptions(IEnumerable<string> codes)
    {
        Preconditions.CheckNotNull(codes);
        ImmutableArray<string>.Builder builder = AcceptedExceptions.ToBuilder();
        foreach (string code in codes)
        {
            Preconditions.CheckNotNull(code, nameof(codes));
            bool ok = code.Length == UnifiedSocialCreditCode.Length;
            foreach (char c in code)
            {
                ok &= UnifiedSocialCreditCode.ValueOf(c) >= 0;
            }

            Preconditions.CheckArgument(ok, "Each code must be 18 characters of 0123456789ABCDEFGHJKLMNPQRTUWXY.", nameof(codes));
            if (!builder.Contains(code))
            {
                builder.Add(code);
            }
        }

        return new UnifiedSocialCreditCodeOptions(builder.ToImmutable());
    }

    internal bool Accepts(ReadOnlySpan<char> code)
    {
        foreach (string exception in AcceptedExceptions)
        {
            if (code.SequenceEqual(exception))
            {
                return true;
            }
        }

        return false;
    }
}
