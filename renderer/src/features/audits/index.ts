/** What other features use from audits: the referential page places the grading scale editor. */
export { GradeScaleEditor } from './GradeScaleEditor';
