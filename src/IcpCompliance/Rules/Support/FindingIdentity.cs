using System;
using System.Collections.Generic;

namespace IcpCompliance.Rules;

/// <summary>Two findings are the same finding when the same rule reports the same thing at the same place, whatever
/// their <see cref="Finding.Occurrences"/>.</summary>
internal sealed class FindingIdentity : IEqualityComparer<Finding>
{
    internal static readonly FindingIdentity Instance = new();

    public bool Equals(Finding? x, Finding? y)
        => ReferenceEquals(x, y)
            || (x is not null && y is not null && x.RuleId == y.RuleId && x.Severity == y.Severity && x.Path == y.Path
                && x.Message == y.Message && x.MessageChinese == y.MessageChinese && x.FixHint == y.FixHint && x.FixHintChinese == y.FixHintChinese);

    public int GetHashCode(Finding obj)
        => HashCode.Combine(obj.RuleId, obj.Path, obj.Message);
}
