-- The period each scheduled job last ran for (cn.lvzhi.cases.JobPeriods). Every replica of the backend fires the same
-- schedules; the first to claim a period runs the job for it and the others skip it, so a job runs once per period
-- across replicas. claimed_by names the instance that claimed it, runs counts the periods claimed.
CREATE TABLE job_period (
    job          text PRIMARY KEY,
    period_start timestamptz NOT NULL,
    claimed_by   text NOT NULL,
    claimed_at   timestamptz NOT NULL,
    runs         bigint NOT NULL DEFAULT 1
);
