using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>
/// 管局审核通过 The bureau approved the application. For a first filing or a new service it issues one number per
/// service, in the order of the application's services, all under the subject's number and of the case's province.
/// </summary>
/// <param name="At">When the approval was issued.</param>
/// <param name="ServiceNumbers">The service numbers issued (such as <c>京ICP备12345678号-1</c>); empty when the
/// operation issues none (a change, added access, a cancellation).</param>
/// <remarks>Immutable; safe to use from any thread. Two events are equal when their instants and number lists are
/// equal.</remarks>
public sealed record FilingApproved(Instant At, ImmutableArray<IcpFilingNumber> ServiceNumbers) : FilingEvent(At)
{
    /// <summary>The service numbers issued, in the order of the application's services; never default.</summary>
    public ImmutableArray<IcpFilingNumber> ServiceNumbers { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(ServiceNumbers);

    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.FilingApproved;

    /// <inheritdoc />
    public bool Equals(FilingApproved? other)
        => other is not null && At == other.At && Sequences.Equal(ServiceNumbers, other.ServiceNumbers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Sequences.Hash(ServiceNumbers));

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
    {
        ImmutableArray<IcpFilingNumber> numbers = ServiceNumbers;
        if (numbers.IsEmpty)
        {
            var existing = ImmutableArray.CreateBuilder<IcpFilingNumber>();
            foreach (var service in next.Application.Services)
            {
                if (service.ExistingNumber is { } number)
                {
                    existing.Add(number);
                }
            }

            numbers = existing.ToImmutable();
        }

        IcpFilingNumber? subject = next.Application.SubjectNumber ?? (numbers.IsEmpty ? null : numbers[0].SubjectNumber);
        return next with { ApprovedAt = At, ServiceNumbers = numbers, SubjectNumber = subject };
    }
}
