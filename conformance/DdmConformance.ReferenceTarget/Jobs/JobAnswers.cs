using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// The answers of the v3 operations that start work: 202 with the job id, or, for a change to a
/// yearly/monthly instance, the order that pays for it (Tables 4-109, 4-120, 4-144, 4-174: <c>job_id</c>
/// only for pay-per-use, <c>order_id</c> only for yearly/monthly, as the examples show).
/// </summary>
internal sealed class JobAnswers(ActiveDeviations deviations)
{
    public OperationResult Accepted(JsonObject body)
        => new(deviations.IsOn(Deviation.V3AsyncAnswers200) ? 200 : 202, body);

    public OperationResult Job(Job job) => Accepted(new JsonObject { ["job_id"] = job.Id });

    /// <summary><c>{"job_id", …extra}</c> for pay-per-use; <c>{"order_id"}</c> for yearly/monthly (settled at once).</summary>
    public OperationResult JobOrOrder(Started started, DateTimeOffset now, JsonObject? payPerUseExtra = null)
    {
        if (started.Instance.IsSubscription)
            return Accepted(new JsonObject { ["order_id"] = ResourceIds.Order(now) });
        var body = new JsonObject { ["job_id"] = started.Job.Id };
        foreach (var (name, value) in payPerUseExtra ?? [])
            body[name] = value?.DeepClone();
        return Accepted(body);
    }
}
