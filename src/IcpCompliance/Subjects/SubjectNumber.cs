using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Subjects;

/// <summary>
/// The number that identifies a subject (主体) and everything filed under it: a subject's ICP filing number
/// (<c>京ICP备2021012345号</c>, the number of <c>京ICP备2021012345号-3</c>), or an ICP Commercial Licence
/// (<c>粤B2-20090059</c>, the number that <c>粤B2-20090059-1626X</c> hangs off).
/// </summary>
/// <remarks>
/// <para>Every ICP filing number has exactly one subject (<see cref="Of(IcpFilingNumber)"/>); a PSB number has none of
/// its own, and belongs to a subject only where a page or a record shows it with an ICP number.</para>
/// <para>A licence holder usually also holds a subject number in the <c>ICP备</c> form, but nothing in either number
/// links them: the two are different subjects here, linked only where a record shows both
/// (<see cref="SubjectEstate.LinkedSubjects"/>).</para>
/// <para>Equality compares the text, as the numbers' own equality does; <see cref="IsSameRecordAs"/> ignores which of
/// the province's characters is written (甘/陇). The default value holds no number: <see cref="Province"/> throws and
/// <see cref="ToString()"/> returns an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct SubjectNumber : IEquatable<SubjectNumber>
{
    private readonly IcpFilingNumber _filing;
    private readonly IcpLicenseNumber _licence;
    private readonly bool _isLicence;

    private SubjectNumber(IcpFilingNumber filing)
    {
        _filing = filing;
        _isLicence = false;
        _licence = default;
    }

    private SubjectNumber(IcpLicenseNumber licence)
    {
        _licence = licence;
        _isLicence = true;
        _filing = default;
    }

    /// <summary>Whether the subject is identified by an ICP Commercial Licence rather than a subject number.</summary>
    public bool IsLicence => _isLicence;

    /// <summary>The subject's ICP filing number (no index, no letter), or null when the subject is a licence.</summary>
    public IcpFilingNumber? FilingNumber => _isLicence || IsDefault ? null : _filing;

    /// <summary>The licence, or null when the subject is identified by its ICP filing number.</summary>
    public IcpLicenseNumber? Licence => _isLicence ? _licence : null;

    /// <summary>The region whose communications administration issued the number.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Province Province => IsDefault
        ? throw Preconditions.DefaultValue(nameof(SubjectNumber))
        : _isLicence ? _licence.Province : _filing.Province;

    private bool IsDefault => !_isLicence && _filing == default;

    /// <summary>The subject of a filing number: itself when it is a subject's number, its subject's number when it is
    /// a service's, and its licence when it hangs off one.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    public static SubjectNumber Of(IcpFilingNumber number)
    {
        Preconditions.CheckArgument(number != default, "The number is the default value, which holds no number.", nameof(number));
        return number.Licence is IcpLicenseNumber licence
            ? new SubjectNumber(licence)
            : new SubjectNumber(number.SubjectNumber!.Value);
    }

    /// <summary>The subject a licence identifies: the licence itself.</summary>
    /// <param name="licence">The licence.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="licence"/> is the default value.</exception>
    public static SubjectNumber Of(IcpLicenseNumber licence)
    {
        Preconditions.CheckArgument(licence != default, "The licence is the default value, which holds no number.", nameof(licence));
        return new SubjectNumber(licence);
    }

    /// <summary>The subject of any of the three numbers: an ICP filing number's or a licence's; a PSB number has none.</summary>
    /// <param name="number">The number.</param>
    /// <param name="subject">The subject, when the number has one.</param>
    /// <returns>Whether the number has a subject of its own (false for a PSB number).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static bool TryOf(Numbers.FilingNumber number, out SubjectNumber subject)
    {
        Preconditions.CheckNotNull(number);
        subject = number.Kind switch
        {
            FilingNumberKind.IcpFiling => Of(number.AsT0),
            FilingNumberKind.IcpLicense => Of(number.AsT1),
            _ => default,
        };
        return number.Kind != FilingNumberKind.Psb;
    }

    /// <summary>Whether a filing number is this subject's own number or one of its services', whichever of the
    /// province's characters each is written with.</summary>
    /// <param name="number">The number.</param>
    /// <returns>Whether the number belongs to this subject.</returns>
    public bool Holds(IcpFilingNumber number) => number != default && !IsDefault && Of(number).IsSameRecordAs(this);

    /// <summary>The number of the <paramref name="index"/>-th service of this subject.</summary>
    /// <param name="index">The service's position in the subject's sequence, 1 to 999999.</param>
    /// <param name="suffix">The kind of service, if not a website.</param>
    /// <returns>The service's number, written with this subject's province character.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or suffix is out of range.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public IcpFilingNumber ServiceNumber(int index, ServiceSuffix suffix = ServiceSuffix.None)
    {
        _ = Province;
        return _isLicence ? _licence.WithServiceIndex(index, suffix) : _filing.WithSiteIndex(index, suffix);
    }

    /// <summary>Whether <paramref name="other"/> is the same subject written with any of the province's characters.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>Whether both name the same subject.</returns>
    public bool IsSameRecordAs(SubjectNumber other)
        => _isLicence == other._isLicence
           && (_isLicence ? _licence.IsSameRecordAs(other._licence) : _filing.IsSameRecordAs(other._filing));

    /// <summary>The number as written: <c>京ICP备2021012345号</c> or <c>粤B2-20090059</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => _isLicence ? _licence.ToString() : _filing.ToString();

    /// <summary>Whether two subjects are the same, character as written included.</summary>
    /// <param name="left">One subject.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SubjectNumber left, SubjectNumber right)
        => left._isLicence == right._isLicence && (left._isLicence ? left._licence == right._licence : left._filing == right._filing);

    /// <summary>Whether two subjects differ.</summary>
    /// <param name="left">One subject.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SubjectNumber left, SubjectNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(SubjectNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SubjectNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => _isLicence ? HashCode.Combine(1, _licence) : HashCode.Combine(0, _filing);

    /// <summary>A key equal for the same record whichever province character is written.</summary>
    internal (bool IsLicence, int Province, int Form, string Serial) RecordKey
        => _isLicence
            ? (true, _licence.Province.Value, (int)_licence.Form, _licence.Serial)
            : (false, _filing.Province.Value, 0, _filing.Serial);
}
