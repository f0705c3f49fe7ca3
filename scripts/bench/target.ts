/** One line of the bench's targets table: an issue's goal, what this run measured, and whether it
 *  met it (null: this run did not measure it). Each report-*.ts makes its scenario's lines. */
export type Target = { name: string; goal: string; value: string; pass: boolean | null };
