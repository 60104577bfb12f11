using System;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;

namespace IcpCompliance.Numbers;

/// <summary>
/// The one grammar behind ICP filing and license numbers:
/// <c>province ( "ICP备" digits "号" | "ICP证" digits "号" | "B2-" digits ) [ "-" index [A|X|K] ]</c>,
/// with the lenient allowances of <see cref="ParseMode.Lenient"/>.
/// </summary>
internal static class IcpNumberReader
{
    internal const int MinSerialDigits = 6;
    internal const int MaxSerialDigits = 10;
    internal const int B2SerialDigits = 8;
    internal const int MaxServiceIndexDigits = 6;

    /// <summary>Reads one ICP number that must make up the whole input (bar whitespace and a label in lenient
    /// mode).</summary>
    internal static ParseFailure Read(ref TextCursor cursor, ParseDetail expecting, out IcpNumberParts parts)
    {
        var none = default(NoPrefixes<IcpNumberParts>);
        return Read(ref cursor, expecting, out parts, ref none);
    }

    /// <summary>
    /// Reads the text leniently in one pass, as <see cref="Read(ref TextCursor, ParseDetail, out IcpNumberParts)"/>
    /// does, and records every prefix of it that is a whole number (the text up to the serial, its <c>号</c>, the
    /// index, the suffix letter, a <c>号</c> after the index) with the parts read up to there: the number finder
    /// takes the longest that ends at a word boundary instead of parsing the text again for each candidate end.
    /// The text up to an end is a number exactly when the lenient <see cref="Read(ref TextCursor, ParseDetail, out IcpNumberParts)"/>
    /// accepts it (a property test holds the two together).
    /// </summary>
    /// <returns>Why the whole text is not one number, as <see cref="Read(ref TextCursor, ParseDetail, out IcpNumberParts)"/> says.</returns>
    internal static ParseFailure ReadPrefixes(ReadOnlySpan<char> text, ref NumberPrefixes<IcpNumberParts> prefixes)
    {
        var cursor = new TextCursor(text, ParseMode.Lenient);
        return Read(ref cursor, ParseDetail.AnyFilingNumber, out _, ref prefixes);
    }

    /// <summary>The number that parts read by <see cref="ReadPrefixes"/> make: a license without an index is the
    /// license, anything else a filing number (as <see cref="FilingNumber"/>'s reader decides).</summary>
    internal static FilingNumber ToFilingNumber(in IcpNumberParts parts)
    {
        if (parts.LicenseForm != 0 && parts.ServiceIndex == 0)
        {
            _ = IcpLicenseNumber.FromParts(parts, out IcpLicenseNumber license);
            return license;
        }

        _ = IcpFilingNumber.FromParts(parts, out IcpFilingNumber filing);
        return filing;
    }

    // The places where a number may end call recorder.Accept; they are the lenient grammar's (the strict one wants a
    // 号 the lenient one may do without), and only lenient readers record.
    private static ParseFailure Read<TRecorder>(ref TextCursor cursor, ParseDetail expecting, out IcpNumberParts parts, ref TRecorder recorder)
        where TRecorder : struct, IPrefixRecorder<IcpNumberParts>
    {
        parts = default;
        cursor.SkipLeadingLabel();
        if (cursor.AtEnd)
        {
            return cursor.Fail(ParseErrorCode.Empty);
        }

        if (!Province.TryFromCharacter(cursor.PeekRaw(), out Province? province))
        {
            return cursor.Fail(ParseErrorCode.UnknownProvince);
        }

        parts.Province = province;
        parts.Character = cursor.PeekRaw();
        cursor.Advance();
        cursor.SkipSpaces();

        ParseFailure failure = ReadMarker(ref cursor, expecting, ref parts);
        if (failure.IsFailure)
        {
            return failure;
        }

        cursor.SkipSpaces();
        failure = ReadSerial(ref cursor, ref parts);
        if (failure.IsFailure)
        {
            return failure;
        }

        Accept(ref recorder, ref parts, cursor.Position);
        bool licenseB2 = parts.LicenseForm == (byte)IcpLicenseForm.B2;
        cursor.SkipSpaces();
        bool terminated = cursor.TryConsume('号');
        if (terminated)
        {
            Accept(ref recorder, ref parts, cursor.Position);
        }

        if (!terminated && !licenseB2 && !cursor.IsLenient)
        {
            return cursor.Fail(ParseErrorCode.MissingTerminator);
        }

        // The strict B2 form has no 号; a lenient reader tolerates one, as some pages write it.
        if (terminated && licenseB2 && !cursor.IsLenient)
        {
            return cursor.FailAt(ParseErrorCode.TrailingText, cursor.Position - 1, expecting);
        }

        cursor.SkipSpaces();
        parts.DashPosition = cursor.Position;
        if (cursor.TryConsume('-'))
        {
            cursor.SkipSpaces();
            failure = ReadServiceIndex(ref cursor, ref parts, ref recorder);
            if (failure.IsFailure)
            {
                return failure;
            }

            // Real pages write 滇ICP备09010050-5号: the terminator after the index.
            cursor.SkipSpaces();
            if (cursor.IsLenient && !terminated && cursor.TryConsume('号'))
            {
                Accept(ref recorder, ref parts, cursor.Position);
            }
        }

        cursor.SkipSpaces();
        parts.EndPosition = cursor.Position;
        return cursor.AtEnd ? ParseFailure.None : cursor.Fail(ParseErrorCode.TrailingText, expecting);
    }

    /// <summary>
    /// The strict grammar on canonical input in one pass over the span, without the cursor's folding and error
    /// bookkeeping: this is the hot path of <c>TryParse</c>. It accepts exactly what <see cref="Read"/> accepts in
    /// <see cref="ParseMode.Strict"/> and fills the same parts; on false the caller runs <see cref="Read"/>, which
    /// says why.
    /// </summary>
    internal static bool TryReadCanonical(ReadOnlySpan<char> text, out IcpNumberParts parts)
    {
        parts = default;
        if (text.Length < 9 || !Province.TryFromCharacter(text[0], out Province? province))
        {
            return false;
        }

        int i;
        byte form;
        if (text[1] == 'I' && text[2] == 'C' && text[3] == 'P')
        {
            parts.KindPosition = 4;
            char kind = text[4];
            if (kind == '备')
            {
                form = 0;
            }
            else if (kind == '证')
            {
                form = (byte)IcpLicenseForm.Certificate;
            }
            else
            {
                return false;
            }

            i = 5;
        }
        else if (text[1] == 'B' && text[2] == '2' && text[3] == '-')
        {
            parts.KindPosition = 1;
            form = (byte)IcpLicenseForm.B2;
            i = 4;
        }
        else
        {
            return false;
        }

        int start = i;
        ulong serial = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            serial = (serial * 10) + (uint)(text[i] - '0');
            i++;

            // More digits than any form allows: let the full reader report it.
            if (i - start > MaxSerialDigits)
            {
                return false;
            }
        }

        int count = i - start;
        bool b2 = form == (byte)IcpLicenseForm.B2;
        if (b2 ? count != B2SerialDigits : count < MinSerialDigits)
        {
            return false;
        }

        if (!b2)
        {
            if (i >= text.Length || text[i] != '号')
            {
                return false;
            }

            i++;
        }

        parts.DashPosition = i;
        if (i < text.Length)
        {
            if (text[i] != '-')
            {
                return false;
            }

            i++;
            if (i >= text.Length || text[i] is < '1' or > '9')
            {
                return false;
            }

            int indexStart = i;
            int index = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                index = (index * 10) + (text[i] - '0');
                i++;
                if (i - indexStart > MaxServiceIndexDigits)
                {
                    return false;
                }
            }

            parts.ServiceIndex = index;
            if (i < text.Length)
            {
                if (!ServiceSuffixExtensions.TryFromLetter(text[i], out parts.Suffix) || i + 1 != text.Length)
                {
                    return false;
                }

                i++;
            }
        }

        parts.Province = province;
        parts.Character = text[0];
        parts.LicenseForm = form;
        parts.Serial = serial;
        parts.SerialLength = (byte)count;
        parts.EndPosition = i;
        return true;
    }

    private static ParseFailure ReadMarker(ref TextCursor cursor, ParseDetail expecting, ref IcpNumberParts parts)
    {
        if (cursor.TryConsume(NumberMarkers.Icp))
        {
            cursor.SkipSpaces();
            parts.KindPosition = cursor.Position;
            if (cursor.TryConsume('备'))
            {
                return ParseFailure.None;
            }

            if (cursor.TryConsume('证'))
            {
                parts.LicenseForm = (byte)IcpLicenseForm.Certificate;
                return ParseFailure.None;
            }

            return cursor.Fail(ParseErrorCode.WrongKindMarker, expecting);
        }

        parts.KindPosition = cursor.Position;
        if (cursor.TryConsume(NumberMarkers.License))
        {
            cursor.SkipSpaces();
            if (!cursor.TryConsume('-'))
            {
                return cursor.Fail(ParseErrorCode.WrongKindMarker, expecting);
            }

            parts.LicenseForm = (byte)IcpLicenseForm.B2;
            return ParseFailure.None;
        }

        return cursor.Fail(
            ParseErrorCode.WrongKindMarker,
            cursor.StartsWith(NumberMarkers.Psb) ? ParseDetail.LooksLikePsb : expecting);
    }

    private static ParseFailure ReadSerial(ref TextCursor cursor, ref IcpNumberParts parts)
    {
        int start = cursor.Position;
        int count = cursor.ReadDigits(out ulong serial);
        bool b2 = parts.LicenseForm == (byte)IcpLicenseForm.B2;
        ParseDetail detail = b2 ? ParseDetail.IcpLicenseB2 : ParseDetail.None;
        int min = b2 ? B2SerialDigits : MinSerialDigits;
        int max = b2 ? B2SerialDigits : MaxSerialDigits;
        if (count == 0)
        {
            return cursor.FailAt(ParseErrorCode.DigitsMissing, start);
        }

        if (count < min)
        {
            return cursor.FailAt(ParseErrorCode.TooFewDigits, start, detail);
        }

        if (count > max)
        {
            return cursor.FailAt(ParseErrorCode.TooManyDigits, start + max, detail);
        }

        parts.Serial = serial;
        parts.SerialLength = (byte)count;
        return ParseFailure.None;
    }

    private static void Accept<TRecorder>(ref TRecorder recorder, ref IcpNumberParts parts, int end)
        where TRecorder : struct, IPrefixRecorder<IcpNumberParts>
    {
        parts.EndPosition = end;
        recorder.Accept(parts, end);
    }

    private static ParseFailure ReadServiceIndex<TRecorder>(ref TextCursor cursor, ref IcpNumberParts parts, ref TRecorder recorder)
        where TRecorder : struct, IPrefixRecorder<IcpNumberParts>
    {
        int start = cursor.Position;
        if (!cursor.PeekIsDigit() || cursor.Peek() == '0')
        {
            return cursor.FailAt(ParseErrorCode.BadServiceIndex, start);
        }

        int count = cursor.ReadDigits(out ulong index);
        if (count > MaxServiceIndexDigits)
        {
            return cursor.FailAt(ParseErrorCode.BadServiceIndex, start + MaxServiceIndexDigits);
        }

        parts.ServiceIndex = (int)index;
        Accept(ref recorder, ref parts, cursor.Position);
        char letter = cursor.Peek();
        if (cursor.AtEnd || !char.IsAsciiLetter(letter))
        {
            return ParseFailure.None;
        }

        if (!ServiceSuffixExtensions.TryFromLetter(letter, out parts.Suffix))
        {
            return cursor.Fail(ParseErrorCode.BadSuffix);
        }

        cursor.Advance();
        Accept(ref recorder, ref parts, cursor.Position);
        return ParseFailure.None;
    }
}
