/** What the report form holds while the person writes (kept by the app, so nothing is lost on navigation). */
export interface TipFormValues {
  text: string;
  country: string;
  attachAnalysis: boolean;
  name: string;
  phone: string;
  email: string;
  messenger: string;
}

export const EMPTY_TIP_FORM: TipFormValues = {
  text: '',
  country: '',
  attachAnalysis: false,
  name: '',
  phone: '',
  email: '',
  messenger: '',
};
