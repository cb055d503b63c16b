/**
 * Vietnamese. Tone marks are folded like Latin accents, so customers who type
 * without them ("bi mat the") match too; for that reason single syllables that
 * fold into common words (lạ/là → "la", ví/vì → "vi", nợ → "no") are only used inside phrases.
 */
import type { LanguagePack } from './types.js';

export const vi: LanguagePack = {
  code: 'vi',
  markers: ['toi', 'khong', 'duoc', 'minh', 'giup', 'roi', 'nhung', 'cua', 'voi', 'vay', 'nhe', 'bi', 'ko', 'khoan', 'tien', 'dang', 'nhieu', 'mot', 'lam', 'chua', 'nay', 'sao'],
  cues: {
    negation: ['khong', 'chua', 'chang', 'cha', 'khong he', 'chua tung', 'khong phai', 'ko', 'k', 'hok', 'dung'],
    hypothetical: ['neu', 'neu nhu', 'gia su', 'lo nhu', 'trong truong hop', 'sau nay', 'trong tuong lai', 'phong khi', 'dinh'],
    question: ['lam sao', 'lam the nao', 'nhu the nao', 'cach', 'bao nhieu', 'bao lau', 'la gi', 'nghia la gi', 'o dau', 'co duoc khong', 'hoi ve', 'cho hoi', 'xin hoi'],
    possibility: ['co the nao', 'co kha nang', 'nguoi khac co the', 'lieu co', 'an toan khong', 'co an toan khong'],
    firstPerson: ['toi', 'minh', 'em', 'to', 'tao', 'cua toi', 'cua minh', 'chung toi', 'chung minh', 'tui'],
    secondPerson: ['ban', 'cac ban', 'ben ban', 'ben anh', 'ben chi', 'cong ty', 'quy cong ty'],
    resolved: ['tim thay roi', 'tim duoc roi', 'da tim thay', 'da giai quyet', 'giai quyet xong', 'on roi', 'lay lai duoc', 'da nhan lai', 'hieu lam', 'doi y', 'khong can nua', 'van dung tiep'],
    past: ['nhiều năm trước', 'năm ngoái', 'lâu rồi', 'vài năm trước'],
    prevention: ['bao ve', 'phong tranh', 'phong ngua', 'ngan chan', 'tranh', 'bao mat hai lop', 'xac thuc hai yeu to', '2fa'],
    consequence: ['phi', 'le phi', 'chi phi', 'bao nhieu', 'bao lau', 'phat', 'tien phat', 'hoan tien', 'thoi han'],
    contrast: ['nhung', 'nhung ma', 'tuy nhien'],
  },
  ordered: { 'burden-to-others': 20, 'wish-to-cease': 10 },
  concepts: {
    // --- self-harm safety net, hardship and SIM-swap symptoms (frames in ../situations.ts)
    wishFor: ['muon', 'chi muon', 'uoc', 'uoc gi', 'tot hon', 'tot hon neu', 'nghi den', 'nghi toi'],
    ceaseToBe: ['chet', 'bien mat', 'khong tinh day', 'khong thuc day', 'ket thuc tat ca', 'ket thuc cuoc doi', 'khong con o day', 'tu tu', 'bien di'],
    unable: ['khong the', 'khong co tien', 'khong du tien', 'khong kham noi', 'khong tra noi'],
    payVerb: ['tra', 'thanh toan', 'tra no', 'khoan vay', 'tien nha', 'hoa don', 'tra gop'],
    partyGone: ['chan toi', 'block toi', 'khong tra loi', 'bien mat', 'mat tich', 'trang web bien mat', 'khong lien lac duoc'],
    doneAct: ['thuc hien', 'mua', 'dat', 'dong y', 'xac nhan', 'biet', 'dang ky', 'su dung'],
    signalLost: ['mat song', 'khong co song', 'khong co tin hieu', 'sim bi khoa', 'sim khong hoat dong', 'so dien thoai bi khoa', 'mat sim'],
    securityAlert: ['ma otp', 'otp', 'mat khau', 'dang nhap', 'thiet bi moi', 'thiet bi la', 'ngan hang', 'thong bao', 'tin nhan'],

    card: ['thẻ', 'thẻ tín dụng', 'thẻ ghi nợ', 'thẻ atm', 'thẻ ngân hàng', 'ví tiền', 'cái ví', 'ví của tôi', 'ví da', 'mã pin'],
    device: ['điện thoại', 'đt', 'di động', 'smartphone', 'iphone', 'laptop', 'máy tính', 'máy tính bảng', 'ipad', 'thiết bị', 'túi xách', 'balo', 'cmnd', 'căn cước', 'cccd', 'hộ chiếu', 'bằng lái', 'sim'],
    stolen: ['bị trộm', 'bị lấy trộm', 'lấy cắp', 'bị đánh cắp', 'đánh cắp', 'ăn cắp', 'bị cướp', 'cướp giật', 'móc túi', 'kẻ trộm', 'trộm', 'bị móc', 'bị giật', 'bị clone'],
    lost: ['bị mất', 'làm mất', 'đánh mất', 'đánh rơi', 'làm rơi', 'thất lạc', 'không tìm thấy', 'bỏ quên', 'để quên', 'mất thẻ', 'mất điện thoại'],
    account: ['tài khoản', 'tk', 'mật khẩu', 'email', 'ứng dụng', 'app', 'ví điện tử', 'internet banking', 'ngân hàng điện tử', 'zalo', 'facebook', 'momo'],
    hacked: ['bị hack', 'hack', 'hacker', 'bị xâm nhập', 'xâm nhập', 'bị chiếm', 'chiếm đoạt', 'chiếm quyền', 'không phải tôi', 'không phải mình', 'thiết bị lạ', 'đăng nhập lạ', 'không được phép', 'không đăng nhập được', 'bị đổi mật khẩu'],
    someone: ['ai đó', 'có người', 'người khác', 'người lạ', 'bên thứ ba', 'kẻ gian', 'hacker', 'kẻ lừa đảo', 'kẻ trộm', 'chồng cũ', 'vợ cũ', 'người yêu cũ'],
    accessed: ['tiêu', 'xài', 'thanh toán bằng', 'mua sắm bằng', 'đăng nhập', 'truy cập', 'sử dụng', 'dùng', 'rút tiền', 'chuyển tiền', 'chuyển khoản', 'đứng tên', 'mạo danh', 'đổi mật khẩu', 'mở tài khoản', 'vay', 'lấy tiền'],
    unauthorised: ['không nhận ra', 'tôi không nhận ra', 'không nhận ra được', 'không rõ', 'bất thường', 'đáng ngờ', 'khả nghi', 'không phải tôi', 'tôi không thực hiện', 'tôi không làm', 'không được phép', 'trái phép', 'không ủy quyền', 'mà tôi không biết', 'giao dịch lạ', 'khoản lạ'],
    disownedRef: ['không phải tôi', 'tôi không mua', 'tôi không thực hiện'],
    transaction: ['giao dịch', 'thanh toán', 'khoản trừ', 'trừ tiền', 'bị trừ', 'rút tiền', 'chuyển khoản', 'mua hàng', 'khoản chi', 'khoản phí'],
    money: ['tiền', 'số dư', 'tiền tiết kiệm', 'lương'],
    vanished: ['biến mất', 'mất sạch', 'bị trừ', 'bị rút', 'bay mất', 'không còn', 'về 0'],
    scamContext: ['web giả', 'trang giả', 'trang web giả', 'shop giả', 'lừa đảo', 'bị lừa', 'giả mạo', 'mạo danh', 'giả danh', 'tự xưng', 'lấy danh nghĩa', 'đường link lạ', 'link lạ', 'tin nhắn lạ', 'cuộc gọi lạ', 'phishing', 'đáng ngờ'],
    gaveAway: ['cung cấp', 'đưa', 'gửi', 'nhập', 'cho họ', 'đọc mã', 'báo mã', 'chia sẻ', 'cài đặt'],
    credentials: ['mã otp', 'otp', 'mã xác nhận', 'mã pin', 'mật khẩu', 'số thẻ', 'thông tin thẻ', 'thông tin cá nhân', 'cvv', 'mã'],
    clickedLink: ['bấm vào link', 'bấm link', 'nhấn vào link', 'nhấp vào link', 'click vào link', 'mở link', 'tải ứng dụng'],
    sim: ['sim', 'số điện thoại', 'sđt', 'số máy', 'esim'],
    swapped: ['bị đổi', 'bị chuyển', 'làm lại sim', 'cấp lại sim', 'không yêu cầu', 'không đăng ký', 'người khác'],
    // investment fraud (frame 'invested-cannot-withdraw'): put money in, cannot take it out
    invested: ['đầu tư', 'sàn đầu tư', 'sàn tiền ảo', 'app đầu tư'],
    cannotWithdraw: ['không rút được', 'không thể rút', 'không cho rút', 'bị khóa rút tiền'],
    securityStrong: ['tài khoản an toàn', 'tài khoản bảo vệ', 'bị đánh cắp danh tính', 'lộ thông tin', 'bị lừa đảo', 'bị lừa mất tiền', 'bị lừa chuyển tiền', 'tài khoản bị hack', 'bị hack tài khoản', 'thẻ bị đánh cắp', 'bị trộm thẻ', 'giao dịch lạ', 'bị trừ tiền không rõ', 'mất tiền trong tài khoản', 'sim bị chiếm', 'tráo sim', 'sim swap', 'lừa đảo', 'bị lừa', 'mạo danh tôi', 'đứng tên tôi', 'mã otp tôi không yêu cầu'],
    suspicion: ['không yêu cầu', 'không đăng ký', 'người lạ', 'đột nhiên', 'tự nhiên', 'bất thường', 'đáng ngờ', 'bị hack', 'lừa đảo', 'mã otp', 'otp', 'tài khoản', 'tiền'],
    simEvent: ['mất sóng', 'không có sóng', 'không dùng được', 'bị khóa sim', 'kích hoạt', 'sim mới', 'đổi sim', 'cấp lại'],
    paidOut: ['mua hàng', 'đã mua', 'đặt hàng', 'đã chuyển', 'chuyển tiền cho', 'chuyển khoản cho', 'gửi tiền', 'đã trả', 'nạp tiền', 'thẻ quà tặng', 'tài khoản an toàn', 'mất tiền'],

    family: ['mẹ tôi', 'bố tôi', 'ba tôi', 'cha tôi', 'má tôi', 'chồng tôi', 'vợ tôi', 'con tôi', 'mẹ mình', 'bố mình', 'chồng mình', 'vợ mình', 'con trai', 'con gái', 'anh trai', 'chị gái', 'em trai', 'em gái', 'bà ngoại', 'bà nội', 'ông ngoại', 'ông nội', 'bố mẹ', 'ba mẹ', 'người thân', 'gia đình'],
    died: ['qua đời', 'đã mất', 'mất rồi', 'từ trần', 'tạ thế', 'chết', 'đám tang', 'tang lễ', 'giấy chứng tử', 'thừa kế', 'di sản'],
    bereaved: ['qua đời', 'từ trần', 'tạ thế', 'đám tang', 'tang lễ', 'giấy chứng tử', 'thừa kế', 'để tang', 'quả phụ', 'người đã khuất', 'mất bố', 'mất mẹ', 'mất chồng', 'mất vợ', 'mất con', 'mất ba', 'mất má'],
    hardship: ['không trả nổi', 'không có tiền trả', 'không có khả năng trả', 'không đủ tiền', 'hết tiền', 'thất nghiệp', 'mất việc', 'bị đuổi việc', 'bị sa thải', 'nợ nần', 'bị đòi nợ', 'vỡ nợ', 'phá sản', 'khó khăn tài chính', 'kinh tế khó khăn', 'túng thiếu', 'không đủ sống', 'không có thu nhập', 'mất thu nhập', 'bị cắt lương', 'không trả được nợ'],
    hardshipWeak: ['khoản nợ', 'nợ xấu'],
    distress: ['tuyệt vọng', 'hoảng loạn', 'hoảng sợ', 'rất sợ', 'lo sợ', 'lo lắng', 'không biết phải làm sao', 'không biết làm sao', 'khóc', 'van xin', 'xin hãy giúp', 'cứu tôi', 'trầm cảm', 'các con', 'ra đường', 'vô gia cư', 'căng thẳng', 'bế tắc', 'suy sụp'],
    illness: ['ung thư', 'bệnh nặng', 'hóa trị', 'nằm viện', 'bệnh viện', 'nhập viện', 'hồi sức', 'mất trí nhớ', 'alzheimer', 'đột quỵ', 'đau tim', 'khuyết tật', 'tàn tật', 'xe lăn', 'chạy thận'],
    // a burden to others (frame 'burden-to-others'): "I'm a burden to everyone"
    burden: ['la ganh nang', 'thanh ganh nang', 'tro thanh ganh nang', 'chi la ganh nang'],
    everyone: ['moi nguoi', 'tat ca', 'gia dinh', 'cac con', 'vo toi', 'chong toi', 'bo me'],
    selfHarm: ['bien mat cung chang ai', 'bien mat cung khong ai', 'chet cung chang ai', 'chang ai de y', 'khong ai de y', 'chang ai quan tam neu toi', 'met moi voi cuoc song', 'met moi voi cuoc doi', 'chan song', 'khong muon song', 'moi thu ket thuc', 'ket thuc tat ca', 'ket thuc moi thu', 'khong con thay y nghia', 'song khong con y nghia', 'cuoc song khong con y nghia', 'toi se khong con o day', 'thu tuyet menh', 'thu tu biet', 'tự tử', 'tự sát', 'muốn chết', 'không muốn sống', 'chán sống', 'kết thúc cuộc đời', 'tự làm hại', 'tự hại', 'rạch tay', 'nhảy lầu', 'sống không còn ý nghĩa', 'không có tôi sẽ tốt hơn', 'muốn biến mất', 'không muốn thức dậy', 'mệt mỏi với cuộc sống', 'chán đời', 'không ai quan tâm', 'ý nghĩ tiêu cực', 'muốn tự tử', 'không thể tiếp tục sống', 'không muốn sống tiếp', 'không muốn tồn tại', 'ngủ mãi mãi', 'mệt mỏi với mọi thứ', 'không còn sức sống', 'nghĩ đến cái chết', 'tôi sẽ không còn ở đây', 'không còn gì quan trọng', 'tốt hơn nếu không có tôi', 'tốt hơn khi không có tôi', 'tốt hơn nếu không có mình', 'kết thúc cuộc sống', 'nhảy cầu', 'nhảy từ cầu', 'uống hết thuốc', 'quá liều', 'tạm biệt mọi người', 'tự làm đau', 'làm hại bản thân', 'không còn lý do để sống', 'không muốn sống nữa', 'chỉ muốn chết'],
    domesticAbuse: ['bạo lực gia đình', 'bị chồng đánh', 'bị đánh đập', 'bạo hành', 'nhà tạm lánh'],

    lawyerAction: ['liên hệ', 'thuê', 'nhờ', 'tham khảo', 'gặp', 'gửi cho'],
    lawyer: ['luật sư', 'văn phòng luật', 'công ty luật', 'pháp chế', 'tư vấn pháp lý'],
    legalStrong: ['khởi kiện', 'đi kiện', 'kiện các bạn', 'kiện công ty', 'sẽ kiện', 'đơn kiện', 'kiện ra tòa', 'tòa án', 'ra tòa', 'biện pháp pháp lý', 'công an', 'báo công an', 'trình báo', 'tố cáo', 'khởi tố'],
    chargeback: ['tra soát', 'yêu cầu tra soát', 'khiếu nại ngân hàng', 'hoàn tiền qua ngân hàng', 'chargeback'],
    dispute: ['tra soát', 'khiếu nại', 'hủy giao dịch'],
    bank: ['ngân hàng', 'vietcombank', 'techcombank', 'momo', 'visa', 'mastercard'],
    regulator: ['hội bảo vệ người tiêu dùng', 'bảo vệ người tiêu dùng', 'cục cạnh tranh', 'ngân hàng nhà nước', 'bộ công thương', 'bộ thông tin', 'cơ quan chức năng', 'cơ quan nhà nước', 'cơ quan quản lý', 'thanh tra', 'sở công thương', 'vinastas'],
    complain: ['khiếu nại', 'phản ánh', 'tố cáo', 'báo cáo', 'gửi đơn', 'trình báo', 'liên hệ', 'gửi', 'làm đơn'],
    formalComplaint: ['khiếu nại chính thức', 'đơn khiếu nại', 'gửi đơn khiếu nại', 'muốn khiếu nại', 'tôi sẽ khiếu nại', 'làm đơn khiếu nại', 'phàn nàn chính thức'],
    future: ['sẽ', 'sắp', 'tôi sẽ', 'mình sẽ', 'chuẩn bị'],
    publicity: ['mạng xã hội', 'facebook', 'tiktok', 'youtube', 'báo chí', 'nhà báo', 'lên báo', 'bóc phốt', 'review xấu', 'đánh giá 1 sao', '1 sao', 'một sao', 'đánh giá xấu'],

    cancel: ['hủy', 'huỷ', 'chấm dứt', 'ngừng', 'ngưng', 'thanh lý hợp đồng'],
    contract: ['hợp đồng', 'gói cước', 'gói', 'thuê bao', 'tài khoản', 'dịch vụ', 'thẻ thành viên', 'hội viên', 'bảo hiểm'],
    switchTo: ['chuyển sang', 'đổi sang', 'qua bên', 'chuyển qua', 'chuyển mạng giữ số'],
    competitor: ['đối thủ', 'bên khác', 'ngân hàng khác', 'nhà mạng khác', 'công ty khác', 'chỗ khác'],
    // a better offer found elsewhere (frame 'better-offer-elsewhere', with competitor)
    betterOffer: ['ưu đãi tốt hơn', 'rẻ hơn', 'giá tốt hơn', 'khuyến mãi tốt hơn', 'gói tốt hơn'],
    churnStrong: ['chuyển sang nhà mạng khác', 'chuyển sang ngân hàng khác', 'không gia hạn', 'sẽ không gia hạn', 'hủy gói', 'ngừng sử dụng dịch vụ', 'chuyển mạng giữ số', 'đổi nhà mạng', 'đổi ngân hàng', 'hủy hợp đồng', 'hủy gói', 'hủy dịch vụ', 'hủy tài khoản', 'đóng tài khoản', 'xóa tài khoản', 'không dùng nữa', 'sẽ không dùng nữa', 'ngừng sử dụng dịch vụ', 'cắt hợp đồng'],

    // single-message frustration: waiting long for an answer; told something different each time
    awaitReply: ['chờ phản hồi', 'chờ trả lời', 'đợi phản hồi', 'đợi trả lời', 'chờ gọi lại', 'không ai trả lời', 'không có phản hồi', 'chưa có phản hồi', 'chưa ai trả lời', 'không ai phản hồi'],
    longTime: ['tuần', 'tháng', 'mấy ngày', 'nhiều ngày', 'hai tuần', 'một tuần'],
    everyTime: ['mỗi lần', 'lần nào cũng', 'mỗi nhân viên'],
    differentAnswer: ['nói một kiểu', 'mỗi người một kiểu', 'khác nhau', 'câu trả lời khác', 'cùng một câu trả lời tự động', 'trả lời y chang', 'lý do khác'],
    repeatCount: ['lần thứ ba', 'lần thứ 3', 'lần thứ tư', 'lần thứ năm', 'lần thứ n', 'bao nhiêu lần', 'ba lần', 'bốn lần', 'năm lần', 'mười lần', '3 lần', '4 lần', '5 lần', '10 lần', 'nhiều lần rồi', 'hết lần này đến lần khác', 'câu trả lời giống nhau', 'trả lời y chang', 'cùng một link', 'vòng vo'],
    repeat: ['lại', 'nữa', 'vẫn', 'vẫn chưa', 'mỗi lần', 'luôn', 'mấy ngày', 'mấy tuần', 'mấy tháng', 'vài lần', 'lần thứ hai', 'không được', 'không hoạt động', 'không phải vậy'],
    futile: ['không ai trả lời', 'không ai phản hồi', 'không ai giúp', 'chẳng ai', 'không phản hồi', 'không trả lời', 'bị lờ', 'phớt lờ', 'làm ngơ', 'không hiểu', 'không phải điều tôi hỏi', 'không giúp được gì', 'vô ích', 'chẳng giúp', 'đã nói rồi', 'tôi đã nói', 'đọc tin nhắn của tôi', 'bot ngu', 'bot vô dụng', 'con bot này', 'không giải quyết', 'chẳng giải quyết', 'đã hỏi rồi', 'hỏi rồi', 'chưa ai trả lời', 'chưa có ai trả lời', 'chưa được trả lời', 'vẫn chưa có phản hồi', 'vẫn đang chờ', 'vẫn chưa thấy'],
  },
};
