using System;
using System.Collections.Immutable;
using System.Linq;
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
/// <param name="ServiceNumbers">The service numbers issued (such as <c>京ICP备12345678号-1</c>), one per service in
/// order. When the operation issues none (added access, a change) it is empty or repeats the numbers the services
/// already carry (<see cref="Filing.FilingService.ExistingNumber"/>), which the case then holds; a cancellation's or
/// withdrawal's approval carries none.</param>
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
        // Numbers line up with the application's services: the ones issued, or when none are issued the ones every
        // service already carries; never a partial list that would shift a number onto another service.
        ImmutableArray<IcpFilingNumber> numbers = ServiceNumbers;
        var services = next.Application.Services;
        if (numbers.IsEmpty && !services.IsEmpty && services.All(s => s.ExistingNumber is not null))
        {
            numbers = [.. services.Select(s => s.ExistingNumber!.Value)];
        }

        IcpFilingNumber? subject = next.Application.SubjectNumber ?? (numbers.IsEmpty ? null : numbers[0].SubjectNumber);
        return next with { ApprovedAt = At, ServiceNumbers = numbers, SubjectNumber = subject };
    }
}
