import { api } from '../api';
import { useStore } from '../store';
import { useWorkshop } from './store';

/** Saves the "what we decided" PDF of the latest session (a download in browser mode). */
export async function saveRecord(): Promise<boolean> {
  const s = useWorkshop.getState().state?.session;
  if (!s) return false;
  const jobId = crypto.randomUUID();
  const pdf = await api.workshopRecord({ sessionId: s.id, jobId });
  if (!pdf.ok) {
    useStore.setState({ notice: pdf.error.message });
    return false;
  }
  const saved = await api.saveExport({ jobId, fileName: pdf.value.fileName, open: false });
  if (saved.ok && saved.value.saved) useStore.setState({ notice: `The session has ended. Its record was saved as “${saved.value.saved}”.` });
  return saved.ok;
}
